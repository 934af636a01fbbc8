package dk.kk.hfi.report;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.audit.ReportAuditEvent;
import dk.kk.hfi.demo.DemoClient;
import dk.kk.hfi.demo.DemoIds;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation reports through HTTP → GraphQL → MongoDB over a data set of families who
 * started in 2018, whose answers are known (the evaluation's published figures), its
 * small cells suppressed, for the support team and leaders only.
 */
class ReportGraphQlTests extends WithReportDataSet {

	private static final String PERIOD = ReportDataSet.YEAR;

	@Test
	void parentsBurdensReproduceTheEvaluationAndHideSmallStepsAndTheirComplement() {
		Figures report = report(as(DemoIds.SUPPORT_COORDINATOR), "parentsBurdensReport", null);
		assertThat(report.families).isEqualTo(44);
		assertThat(report.members).isEqualTo(44 + 73);
		assertThat(report.shown("MENTAL_DIFFICULTIES", "BASELINE", "HIGH_OR_SOME")).isEqualTo(77.3);
		assertThat(report.shown("LIMITED_NETWORK", "BASELINE", "HIGH_OR_SOME")).isEqualTo(75.0);
		assertThat(report.shown("MENTAL_DIFFICULTIES", "BASELINE", "HIGH")).isEqualTo(45.5);
		// 4 parents not at all burdened: suppressed; and the 6 to a lesser degree, or 44
		// − 20 − 14 − 6 gives them away.
		assertThat(report.state("MENTAL_DIFFICULTIES", "BASELINE", "NOT_AT_ALL")).isEqualTo("SUPPRESSED");
		assertThat(report.state("MENTAL_DIFFICULTIES", "BASELINE", "LESSER")).isEqualTo("SUPPRESSED");
		assertThat(report.figure("MENTAL_DIFFICULTIES", "BASELINE", "LESSER").value()).isNull();
		assertThat(report.shown("LIMITED_NETWORK", "BASELINE", "NOT_AT_ALL")).isEqualTo(0.0);
		assertThat(report.state("DEBT", "BASELINE", "HIGH")).isEqualTo("NO_DATA");
		assertThat(report.missing).containsEntry("BASELINE_ASSESSMENT", 0);
	}

	@Test
	void childrensBurdensAndStressReactionsReproduceTheEvaluation() {
		HttpGraphQlTester leader = as(DemoIds.SOF_LEADER);
		Figures burdens = report(leader, "childrensBurdensReport", null);
		assertThat(burdens.shown("HIGH_PARENTAL_CONFLICT", "BASELINE", "HIGH")).isEqualTo(71.4);
		assertThat(burdens.shown("CAREGIVER_TRAUMA", "BASELINE", "HIGH")).isEqualTo(71.4);
		assertThat(burdens.shown("WITNESSED_VIOLENCE", "BASELINE", "HIGH")).isEqualTo(64.3);
		assertThat(burdens.shown("PSYCHOLOGICAL_NEGLECT", "BASELINE", "HIGH")).isEqualTo(50.0);
		assertThat(burdens.shown("PARENTAL_SUBSTANCE_ABUSE", "BASELINE", "HIGH")).isEqualTo(39.3);
		assertThat(burdens.missing).containsEntry("BASELINE_ASSESSMENT", 73 - 33);

		Figures stress = report(leader, "stressReactionsReport", null);
		assertThat(stress.shown("CONCENTRATION", "BASELINE", "HIGH_OR_SOME")).isEqualTo(53.3);
		assertThat(stress.shown("CONCENTRATION", "CLOSING", "HIGH_OR_SOME")).isEqualTo(33.3);
		assertThat(stress.shown("PSYCHOLOGICAL_SYMPTOMS", "BASELINE", "HIGH")).isEqualTo(35.7);
		assertThat(stress.shown("PSYCHOLOGICAL_SYMPTOMS", "CLOSING", "HIGH")).isEqualTo(17.9);
		assertThat(stress.shown("INTROVERTED_BEHAVIOUR", "BASELINE", "HIGH")).isEqualTo(27.3);
		assertThat(stress.shown("INTROVERTED_BEHAVIOUR", "CLOSING", "HIGH")).isEqualTo(21.2);
		assertThat(stress.figure("CONCENTRATION", "CLOSING", "HIGH_OR_SOME").base()).isEqualTo(15);
	}

	@Test
	void incomeSupportReproducesTheEvaluationAndSuppressesItsSmallTransitions() {
		Figures report = report(as(DemoIds.BIF_LEADER), "incomeSupportReport", null);
		assertThat(report.shown("KONTANTHJAELP", "START", null)).isEqualTo(65.9);
		assertThat(report.shown("KONTANTHJAELP", "NOW", null)).isEqualTo(43.2);
		assertThat(report.shown("INTERNSHIP", "DURING", null)).isEqualTo(34.1);
		// The evaluation's 6.8 %, 9.1 % and 4.5 % of 44 parents are 3, 4 and 2 persons.
		for (String item : List.of("TO_RESSOURCEFORLOB", "TO_FORTIDSPENSION", "TO_EDUCATION")) {
			assertThat(report.state(item, "CHANGE", null)).isEqualTo("SUPPRESSED");
		}
		assertThat(report.state("RESSOURCEFORLOB", "NOW", null)).isEqualTo("SUPPRESSED");
		assertThat(report.shown("RESSOURCEFORLOB", "START", null)).isEqualTo(0.0);
		assertThat(report.shown("OTHER", "NOW", null)).isEqualTo(13.6);
	}

	@Test
	void leisureReproducesTheEvaluationsParticipationAndBridging() {
		Figures report = report(as(DemoIds.KFF_LEADER), "leisureReport", null);
		assertThat(report.shown("ACTIVE_CHILDREN", "START", null)).isEqualTo(32.0);
		assertThat(report.shown("ACTIVE_CHILDREN", "END", null)).isEqualTo(78.0);
		assertThat(report.shown("ACTIVE_ADULTS", "START", null)).isEqualTo(22.7);
		assertThat(report.shown("ACTIVE_ADULTS", "END", null)).isEqualTo(70.5);
		assertThat(report.shown("FAMILIES_SUPPORTED", "ALL", null)).isEqualTo(32.0);
		assertThat(report.shown("COURSES", "CHILDREN", null)).isEqualTo(45.0);
		assertThat(report.shown("COURSES", "ADULTS", null)).isEqualTo(15.0);
		assertThat(report.shown("BRIDGED", "CHILDREN", null)).isEqualTo(33.0);
		assertThat(report.shown("BRIDGED", "ADULTS", null)).isEqualTo(12.0);
		assertThat(report.shown("RETAINED", "CHILDREN", null)).isEqualTo(24.0);
		assertThat(report.shown("RETAINED", "ADULTS", null)).isEqualTo(7.0);
		assertThat(report.missing).containsEntry("LEISURE_AT_START_CHILDREN", 73 - 50);
	}

	@Test
	void socialMeasuresReproduceTheEvaluation() {
		Figures report = report(as(DemoIds.SUPPORT_COORDINATOR), "socialMeasuresReport", null);
		assertThat(report.shown("MEASURES", "START", null)).isEqualTo(106.0);
		assertThat(report.shown("MEASURES", "NOW", null)).isEqualTo(105.0);
		assertThat(report.shown("PER_FAMILY", "START", null)).isEqualTo(2.41);
		assertThat(report.shown("PER_FAMILY", "NOW", null)).isEqualTo(2.39);
		assertThat(report.shown("MEASURES_CHILDREN", "START", null)).isEqualTo(97.0);
		assertThat(report.shown("MEASURES_CHILDREN", "NOW", null)).isEqualTo(94.0);
		assertThat(report.shown("PER_CHILD", "START", null)).isEqualTo(1.33);
		assertThat(report.shown("PER_CHILD", "NOW", null)).isEqualTo(1.29);
		assertThat(report.shown("MEASURES_ADULTS", "START", null)).isEqualTo(9.0);
		assertThat(report.shown("MEASURES_ADULTS", "NOW", null)).isEqualTo(11.0);
		assertThat(report.shown("PER_ADULT", "START", null)).isEqualTo(0.20);
		assertThat(report.shown("PER_ADULT", "NOW", null)).isEqualTo(0.25);
	}

	@Test
	void costsHidePlacementsOfFewerThanFiveChildrenAndThePreventiveCostsThatWouldGiveThemAway() {
		Figures report = report(as(DemoIds.SUPPORT_COORDINATOR), "costsReport", null);
		assertThat(report.shown("COSTS", "2018", null)).isEqualTo(10_600_000.0);
		assertThat(report.shown("PLACEMENTS", "2018", null)).isEqualTo(2_400_000.0);
		assertThat(report.shown("PREVENTIVE", "2018", null)).isEqualTo(8_200_000.0);
		assertThat(report.shown("COSTS", "2019", null)).isEqualTo(9_400_000.0);
		// 2019's placements concern 3 children; 9,400,000 − preventive would reveal them,
		// so preventive goes too.
		assertThat(report.state("PLACEMENTS", "2019", null)).isEqualTo("SUPPRESSED");
		assertThat(report.state("PREVENTIVE", "2019", null)).isEqualTo("SUPPRESSED");
		assertThat(report.figure("PREVENTIVE", "2019", null).value()).isNull();
		assertThat(report.shown("AVERAGE_PER_CHILD", "2018", "AGE_0_5")).isEqualTo(152_000.0);
		assertThat(report.shown("AVERAGE_PER_CHILD", "2018", "AGE_6_11")).isEqualTo(180_000.0);
		assertThat(report.shown("AVERAGE_PER_CHILD", "2018", "AGE_12_17")).isEqualTo(100_000.0);
		assertThat(report.shown("AVERAGE_PER_CHILD", "2019", "AGE_6_11")).isEqualTo(132_000.0);
	}

	@Test
	void schoolAbsenceAndExperienceSurveyReproduceTheEvaluation() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Figures absence = report(support, "schoolAbsenceReport", null);
		assertThat(absence.shown("ABSENCE_DAYS", "12_MONTHS_BEFORE_START", null)).isEqualTo(17.58);
		assertThat(absence.shown("ABSENCE_DAYS", "LAST_12_MONTHS", null)).isEqualTo(19.0);
		assertThat(absence.figure("ABSENCE_DAYS", "LAST_12_MONTHS", null).base()).isEqualTo(12);

		Figures survey = report(support, "experienceSurveyReport", null);
		assertThat(survey.shown("HELP_TO_OVERVIEW_APPOINTMENTS", "BASELINE", "YES")).isEqualTo(50.0);
		assertThat(survey.shown("HELP_TO_OVERVIEW_APPOINTMENTS", "CLOSING", "YES")).isEqualTo(100.0);
		assertThat(survey.shown("STAFF_KNOW_OUR_SITUATION", "BASELINE", "YES")).isEqualTo(43.8);
		assertThat(survey.shown("STAFF_KNOW_OUR_SITUATION", "CLOSING", "YES")).isEqualTo(75.0);
		// "Always know whom to contact": +39 points.
		assertThat(survey.shown("KNOWS_WHOM_TO_CONTACT", "CLOSING", "YES")
				- survey.shown("KNOWS_WHOM_TO_CONTACT", "BASELINE", "YES"))
			.isCloseTo(38.7, org.assertj.core.data.Offset.offset(0.05));
		assertThat(survey.missing).containsEntry("BASELINE_SURVEY", 44 - 16);
	}

	@Test
	void programmeStatusCountsTheIntakeAndHidesADistrictOfFourFamilies() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Figures all = report(support, "programmeStatusReport", null);
		assertThat(all.families).isEqualTo(44);
		assertThat(all.shown("FAMILIES_SO_FAR", "PERIOD_END", null)).isEqualTo(44.0);
		// Every course of the 2018 intake has closed by now (2019-10-31 or 2020-03-31).
		assertThat(all.shown("ACTIVE", "NOW", null)).isEqualTo(0.0);
		assertThat(all.shown("CLOSED", "NOW", null)).isEqualTo(44.0);
		assertThat(all.shown("CHILDREN", "START", null)).isEqualTo(73.0);
		// (22 × 761 + 12 × 577 + 10 × 425 days) / 44 families / 30.44 days a month.
		assertThat(all.shown("COURSE_LENGTH", "CLOSED", null)).isEqualTo(20.8);
		assertThat(all.state("COURSE_LENGTH", "ONGOING", null)).isEqualTo("NO_DATA");

		Figures bispebjerg = report(support, "programmeStatusReport", "BISPEBJERG");
		assertThat(bispebjerg.families).isEqualTo(4);
		assertThat(bispebjerg.state("FAMILIES_SO_FAR", "PERIOD_END", null)).isEqualTo("SUPPRESSED");
		assertThat(bispebjerg.figure("FAMILIES_SO_FAR", "PERIOD_END", null).value()).isNull();
		assertThat(bispebjerg.state("CLOSED", "NOW", null)).isEqualTo("SUPPRESSED");
		// 0 still running is shown: the intake's 0 in all districts says so for every
		// district anyway.
		assertThat(bispebjerg.shown("ACTIVE", "NOW", null)).isEqualTo(0.0);
		assertThat(bispebjerg.state("COURSE_LENGTH", "CLOSED", null)).isEqualTo("SUPPRESSED");
		assertThat(bispebjerg.state("COURSE_LENGTH", "ONGOING", null)).isEqualTo("NO_DATA");
	}

	@Test
	void reportsAreForbiddenToCaseworkersAndPartnerClients() {
		for (HttpGraphQlTester tester : List.of(as(DemoIds.SOF_CASEWORKER), as(DemoIds.BUF_HEALTH_VISITOR),
				asClient(DemoClient.BIF_JOB_CENTRE))) {
			rejected(tester.document(document("costsReport")).variable("period", PERIOD), "FORBIDDEN");
		}
		String caseworker = token("{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}");
		String client = token("{\"clientId\":\"" + DemoClient.KFF_LEISURE_BOOKING + "\"}");
		assertThat(get(csvPath("costs", null), caseworker).statusCode()).isEqualTo(403);
		assertThat(get(csvPath("costs", null), client).statusCode()).isEqualTo(403);
		HttpResponse<String> anonymous = get(csvPath("costs", null), null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.body()).contains("UNAUTHENTICATED").doesNotContain("COSTS");
	}

	@Test
	void csvHoldsTheSameFiguresAsTheQuery() {
		String token = token("{\"professionalId\":\"" + DemoIds.SUPPORT_COORDINATOR + "\"}");
		for (String[] report : new String[][] { { "costsReport", "costs" },
				{ "parentsBurdensReport", "parents-burdens" }, { "incomeSupportReport", "income-support" },
				{ "programmeStatusReport", "programme-status" } }) {
			Figures figures = report(withToken(token), report[0], null);
			HttpResponse<String> csv = get(csvPath(report[1], null), token);
			assertThat(csv.statusCode()).isEqualTo(200);
			assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
			String[] lines = csv.body().split("\r\n");
			assertThat(lines[0]).isEqualTo(ReportCsv.HEADER);
			int figureLines = 0;
			for (int i = 1; i < lines.length; i++) {
				String[] fields = lines[i].split(",", -1);
				if (fields[3].equals("BASED_ON") || fields[3].equals("MISSING")) {
					continue;
				}
				figureLines++;
				Figure figure = figures.figure(fields[1], fields[3], fields[4].isEmpty() ? null : fields[4]);
				assertThat(fields[5]).isEqualTo(figure.state());
				assertThat(fields[7].isEmpty() ? null : Double.valueOf(fields[7])).isEqualTo(figure.value());
			}
			assertThat(figureLines).isEqualTo(figures.rows.size());
			assertThat(csv.body()).contains("FAMILIES,Familier,BASED_ON,,SHOWN,COUNT,44");
		}
	}

	@Test
	void readingAReportWritesOneAuditRecordPerRequestWithoutFigures() {
		Query mine = new Query(Criteria.where("callerId").is(DemoIds.SUF_LEADER));
		long before = this.mongo.count(mine, ReportAuditEvent.class);
		as(DemoIds.SUF_LEADER).documentName("report/a").variable("period", PERIOD).execute().errors().verify();
		assertThat(this.mongo.count(mine, ReportAuditEvent.class)).isEqualTo(before + 1);
		ReportAuditEvent event = this.mongo.findOne(
				new Query(Criteria.where("callerId").is(DemoIds.SUF_LEADER)).with(Sort.by(Sort.Direction.DESC, "at")),
				ReportAuditEvent.class);
		assertThat(event.channel()).isEqualTo("GRAPHQL");
		assertThat(event.reports()).extracting(ReportAuditEvent.ReportRead::report).containsExactly("COSTS", "LEISURE");
		assertThat(event.reports().get(1).district()).isEqualTo("NORREBRO");
		assertThat(event.reports().get(0).from()).isEqualTo(ReportDataSet.FROM);
		Map<?, ?> raw = this.mongo.findOne(new Query(Criteria.where("_id").is(event.id())), Map.class,
				"reportAuditEvents");
		assertThat(raw.toString()).doesNotContain("10600000").doesNotContain("rpt-fam");

		String token = token("{\"professionalId\":\"" + DemoIds.SUF_LEADER + "\"}");
		assertThat(get(csvPath("school-absence", "BISPEBJERG"), token).statusCode()).isEqualTo(200);
		assertThat(this.mongo.count(mine, ReportAuditEvent.class)).isEqualTo(before + 2);
		ReportAuditEvent csv = this.mongo.findOne(
				new Query(Criteria.where("callerId").is(DemoIds.SUF_LEADER).and("channel").is("CSV")),
				ReportAuditEvent.class);
		assertThat(csv.reports()).extracting(ReportAuditEvent.ReportRead::report).containsExactly("SCHOOL_ABSENCE");
	}

	private static String csvPath(String name, String district) {
		return "/reports/" + name + ".csv?period=" + PERIOD + ((district != null) ? "&district=" + district : "");
	}

	private static String document(String field) {
		return "query($period: String!, $district: District) { r: " + field
				+ "(period: $period, district: $district) { name families members missing { data count } "
				+ "rows { item series step figure { state unit value count base } } } }";
	}

	private Figures report(HttpGraphQlTester tester, String field, String district) {
		// A report reads a few thousand records: more than the tester's default 5 s on a
		// busy build machine.
		GraphQlTester.Response response = tester.mutate()
			.responseTimeout(Duration.ofSeconds(30))
			.build()
			.document(document(field))
			.variable("period", PERIOD)
			.variable("district", district)
			.execute();
		response.errors().verify();
		List<Row> rows = response.path("r.rows").entityList(Row.class).get();
		List<Missing> missing = response.path("r.missing").entityList(Missing.class).get();
		Map<String, Integer> missingCounts = new HashMap<>();
		missing.forEach((data) -> missingCounts.put(data.data(), data.count()));
		return new Figures(response.path("r.families").entity(Integer.class).get(),
				response.path("r.members").entity(Integer.class).get(), rows, missingCounts);
	}

	record Row(String item, String series, String step, Figure figure) {

	}

	record Figure(String state, String unit, Double value, Integer count, Integer base) {

	}

	record Missing(String data, int count) {

	}

	/** A report's figures by item, series and step. */
	record Figures(int families, int members, List<Row> rows, Map<String, Integer> missing) {

		Figure figure(String item, String series, String step) {
			return this.rows.stream()
				.filter((row) -> row.item().equals(item) && row.series().equals(series)
						&& java.util.Objects.equals(row.step(), step))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No figure " + item + "/" + series + "/" + step))
				.figure();
		}

		String state(String item, String series, String step) {
			return figure(item, series, step).state();
		}

		double shown(String item, String series, String step) {
			Figure figure = figure(item, series, step);
			assertThat(figure.state()).as(item + "/" + series + "/" + step).isEqualTo("SHOWN");
			return figure.value();
		}

	}

}
