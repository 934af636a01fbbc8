package dk.kk.hfi.report;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.MovableClock;
import dk.kk.hfi.assessment.Degree;
import dk.kk.hfi.demo.DemoIds;
import dk.kk.hfi.register.IncomeSupportType;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differencing attacks of issue 12 through HTTP, as a leader could run them: periods
 * one day apart, a year minus its halves and quarters, all districts minus the others,
 * GraphQL and CSV alike. Nothing below 5 persons comes out, over the data set of
 * {@link ReportDataSet} (a district of 4 families, quarters with small steps).
 */
class ReportDifferencingTests extends WithReportDataSet {

	private static final List<String> PERIODS = List.of("2018-Q1", "2018-Q2", "2018-Q3", "2018-Q4", "2018-H1",
			"2018-H2", "2018");

	private static final List<String> DISTRICTS = List.of("ALL", "NORREBRO", "BISPEBJERG", "OTHER");

	private static final List<String> FIELDS = List.of("parentsBurdensReport", "childrensBurdensReport",
			"stressReactionsReport", "incomeSupportReport", "leisureReport", "socialMeasuresReport", "costsReport",
			"schoolAbsenceReport", "experienceSurveyReport", "programmeStatusReport");

	/** The figures linked to a count, as {count, per person}, by key. */
	private static final List<String[]> LINKS = List.of(new String[] { "ACTIVE|NOW|", "COURSE_LENGTH|ONGOING|" },
			new String[] { "CLOSED|NOW|", "COURSE_LENGTH|CLOSED|" },
			new String[] { "MEASURES|START|", "PER_FAMILY|START|" },
			new String[] { "MEASURES|NOW|", "PER_FAMILY|NOW|" },
			new String[] { "MEASURES_CHILDREN|START|", "PER_CHILD|START|" },
			new String[] { "MEASURES_CHILDREN|NOW|", "PER_CHILD|NOW|" },
			new String[] { "MEASURES_ADULTS|START|", "PER_ADULT|START|" },
			new String[] { "MEASURES_ADULTS|NOW|", "PER_ADULT|NOW|" });

	@Test
	void periodsOneDayApartAndOtherFreePeriodsAreRejectedNamingTheAllowedForms() {
		String thisYear = Integer.toString(LocalDate.now(MovableClock.COPENHAGEN).getYear());
		for (String period : List.of("2018-01-02", "2018-01-01/2018-12-31", "2018-Q5", "2018-H3", "2018-M1", "",
				thisYear, thisYear + "-H2")) {
			rejected(as(DemoIds.SOF_LEADER).documentName("report/r").variable("p", period), "BAD_USER_INPUT",
					(error) -> error.getPath().equals("r") && error.getMessage().contains("2025-H1")
							&& error.getMessage().contains("2025-Q3"));
		}
		String token = token("{\"professionalId\":\"" + DemoIds.SOF_LEADER + "\"}");
		for (String query : List.of("from=2018-01-01&to=2018-12-31", "period=2018-01-02", "period=2018-06")) {
			HttpResponse<String> csv = get("/reports/costs.csv?" + query, token);
			assertThat(csv.statusCode()).as(query).isEqualTo(400);
			assertThat(csv.body()).contains("BAD_USER_INPUT").contains("2025-Q3").doesNotContain("Exception");
		}
	}

	@Test
	void noCombinationOfTheYearsPeriodsAndDistrictsRecoversACellBelowFive() {
		HttpGraphQlTester leader = as(DemoIds.KFF_LEADER);
		int suppressed = 0;
		int recovered = 0;
		for (String field : FIELDS) {
			Map<String, Slice> slices = slices(leader, field, PERIODS);
			suppressed += (int) slices.values()
				.stream()
				.flatMap((slice) -> slice.rows().stream())
				.filter((row) -> "SUPPRESSED".equals(row.figure().state()))
				.count();
			recovered += attackFindsNothingBelowFive(field, ReportDataSet.YEAR, slices).size();
		}
		assertThat(suppressed).as("the data set has small cells").isGreaterThan(100);
		// The attack is real: it does recover withheld figures, only none below 5.
		assertThat(recovered).isPositive();
	}

	@Test
	void aDistrictsOnlyFamilyIsNotGivenAwayByAShownZeroAndTheNumberOfFamilies() {
		// 2017: Bispebjerg's only family started in the third quarter and still runs; the
		// report shows families: 1 for Bispebjerg in that quarter, its half and the year.
		// Its 0 closed (or its average length over no closed course, NO_DATA) with that 1
		// gave away that it still runs.
		ReportDataSet.insertLoneFamilyYear(this.mongo);
		try {
			String year = ReportDataSet.LONE_FAMILY_YEAR;
			List<String> periods = List.of(year + "-Q1", year + "-Q2", year + "-Q3", year + "-Q4", year + "-H1",
					year + "-H2", year);
			Map<String, Slice> slices = slices(as(DemoIds.SUPPORT_COORDINATOR), "programmeStatusReport", periods);
			Map<String, Double> recovered = attackFindsNothingBelowFive("programmeStatusReport", year, slices);
			for (String period : List.of(year + "-Q3", year + "-H2", year)) {
				Slice bispebjerg = slices.get(period + "/BISPEBJERG");
				assertThat(bispebjerg.families()).isEqualTo(1);
				for (String key : List.of("ACTIVE|NOW|", "CLOSED|NOW|", "COURSE_LENGTH|ONGOING|",
						"COURSE_LENGTH|CLOSED|")) {
					assertThat(bispebjerg.row(key).figure().state()).as(period + " " + key).isEqualTo("SUPPRESSED");
					assertThat(recovered).doesNotContainKey(bispebjerg.name() + "|" + key);
				}
			}
			// Nørrebro's first quarter, 6 families all closed, and all districts' year
			// stay shown.
			Slice norrebro = slices.get(year + "-Q1/NORREBRO");
			assertThat(norrebro.row("ACTIVE|NOW|").figure().value()).isZero();
			assertThat(norrebro.row("CLOSED|NOW|").figure().value()).isEqualTo(6.0);
			Slice all = slices.get(year + "/ALL");
			assertThat(all.row("ACTIVE|NOW|").figure().value()).isEqualTo(6.0);
			assertThat(all.row("CLOSED|NOW|").figure().value()).isEqualTo(11.0);
		}
		finally {
			ReportDataSet.removeLoneFamilyYear(this.mongo);
		}
	}

	/**
	 * Runs the attack on a report's slices of one year: every figure shown is known, the
	 * relations inside a slice, between the year's periods and between the districts are
	 * its equations. Asserts that no figure it recovers is below 5 persons (nor, for a
	 * share of a known base, leaves fewer than 5 outside); gives what it recovered.
	 */
	private static Map<String, Double> attackFindsNothingBelowFive(String field, String year,
			Map<String, Slice> slices) {
		DifferencingAttack attack = new DifferencingAttack();
		Map<String, Integer> bases = new HashMap<>();
		for (Slice slice : slices.values()) {
			for (Row row : slice.rows()) {
				attack.figure(slice.name() + "|" + row.key(), row.persons());
			}
			relateWithin(slice, attack, bases);
		}
		Slice any = slices.values().iterator().next();
		for (Row row : any.rows()) {
			String key = row.key();
			for (String period : List.of(year + "-Q1", year + "-Q2", year + "-Q3", year + "-Q4", year + "-H1",
					year + "-H2", year)) {
				attack.sum(period + "/ALL|" + key,
						DISTRICTS.stream().skip(1).map((district) -> period + "/" + district + "|" + key).toList(), 0);
			}
			if (row.item().equals("FAMILIES_SO_FAR")) {
				// Counted up to the period's end: not a sum over the quarters.
				continue;
			}
			for (String district : DISTRICTS) {
				String at = "/" + district + "|" + key;
				attack.sum(year + "-H1" + at, List.of(year + "-Q1" + at, year + "-Q2" + at), 0);
				attack.sum(year + "-H2" + at, List.of(year + "-Q3" + at, year + "-Q4" + at), 0);
				attack.sum(year + at, List.of(year + "-H1" + at, year + "-H2" + at), 0);
				attack.sum(year + at,
						List.of(year + "-Q1" + at, year + "-Q2" + at, year + "-Q3" + at, year + "-Q4" + at), 0);
			}
		}
		Map<String, Double> found = attack.recovered();
		found.forEach((name, persons) -> {
			String sliceName = name.substring(0, name.indexOf('|'));
			if (allTheFamiliesAsTheYearsZeroSays(name, persons, slices.get(sliceName), slices)) {
				return;
			}
			assertThat(persons < 0.5 || persons > 4.5).as(field + " " + name + " = " + persons).isTrue();
			Integer base = bases.get(name);
			if (base != null) {
				assertThat(base - persons < 0.5 || base - persons > 4.5)
					.as(field + " " + name + " = " + persons + " of " + base)
					.isTrue();
			}
		});
		return found;
	}

	/**
	 * Whether a status figure recovered as all of the slice's families (whose number is
	 * published) is what a shown 0 of the other status for all districts says anyway (a 0
	 * for all districts is a 0 in each): e.g. 4 of 4 families closed in a district when
	 * none still runs in any.
	 */
	private static boolean allTheFamiliesAsTheYearsZeroSays(String name, double persons, Slice slice,
			Map<String, Slice> slices) {
		String key = name.substring(name.indexOf('|') + 1);
		String other = switch (key) {
			case "ACTIVE|NOW|", "COURSE_LENGTH|ONGOING|" -> "CLOSED|NOW|";
			case "CLOSED|NOW|", "COURSE_LENGTH|CLOSED|" -> "ACTIVE|NOW|";
			default -> null;
		};
		if (other == null || persons != slice.families()) {
			return false;
		}
		String period = slice.name().substring(0, slice.name().indexOf('/'));
		Figure allDistricts = slices.get(period + "/ALL").row(other).figure();
		return "SHOWN".equals(allDistricts.state()) && allDistricts.value() == 0.0;
	}

	@Test
	void csvGivesTheSameSuppressedFiguresAsGraphQlForEveryDistrictAndPeriod() {
		String token = token("{\"professionalId\":\"" + DemoIds.SUPPORT_COORDINATOR + "\"}");
		HttpGraphQlTester support = withToken(token);
		for (ReportName name : ReportName.values()) {
			String field = FIELDS.get(name.ordinal());
			List<String> periods = List.of("2018", "2018-Q3");
			Map<String, Slice> slices = slices(support, field, periods);
			for (String period : periods) {
				for (String district : DISTRICTS) {
					Slice slice = slices.get(period + "/" + district);
					HttpResponse<String> csv = get("/reports/" + name.fileName() + ".csv?period=" + period
							+ (district.equals("ALL") ? "" : "&district=" + district), token);
					assertThat(csv.statusCode()).isEqualTo(200);
					List<String> lines = new ArrayList<>();
					for (String line : csv.body().split("\r\n")) {
						String[] fields = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
						if (!fields[3].equals("BASED_ON") && !fields[3].equals("MISSING")
								&& !line.equals(ReportCsv.HEADER)) {
							lines.add(String.join("|", fields[1], fields[3], fields[4], fields[5], fields[7]));
						}
					}
					assertThat(lines).as(name + " " + period + " " + district)
						.containsExactlyElementsOf(slice.rows()
							.stream()
							.map((row) -> String.join("|", row.item(), row.series(), Objects.toString(row.step(), ""),
									row.figure().state(), number(row.figure().value())))
							.toList());
					assertThat(csv.body()).contains("FAMILIES,Familier,BASED_ON,,SHOWN,COUNT," + slice.families());
				}
			}
		}
	}

	/**
	 * The relations inside one slice: a scale's steps add up to their base, HIGH + SOME
	 * to HIGH_OR_SOME, …
	 */
	private static void relateWithin(Slice slice, DifferencingAttack attack, Map<String, Integer> bases) {
		Map<String, List<Row>> groups = new LinkedHashMap<>();
		for (Row row : slice.rows()) {
			if (row.step() != null && !row.step().startsWith("AGE_")) {
				groups.computeIfAbsent(row.item() + "|" + row.series(), (key) -> new ArrayList<>()).add(row);
			}
			else if (isIncomeSupportType(row.item())) {
				groups.computeIfAbsent("INCOME_SUPPORT|" + row.series(), (key) -> new ArrayList<>()).add(row);
			}
		}
		for (List<Row> group : groups.values()) {
			Integer base = group.stream()
				.map((row) -> row.figure().base())
				.filter(Objects::nonNull)
				.findFirst()
				.orElse(null);
			if (base == null) {
				continue;
			}
			group.forEach((row) -> bases.put(slice.name() + "|" + row.key(), base));
			List<String> steps = group.stream()
				.filter((row) -> row.step() == null || isDegree(row.step()))
				.map((row) -> slice.name() + "|" + row.key())
				.toList();
			if (steps.size() > 1) {
				attack.sum(null, steps, base);
			}
			group.stream()
				.filter((row) -> ReportCalculations.HIGH_OR_SOME.equals(row.step()))
				.findFirst()
				.ifPresent((highOrSome) -> {
					String prefix = slice.name() + "|" + highOrSome.item() + "|" + highOrSome.series() + "|";
					attack.sum(prefix + "HIGH_OR_SOME", List.of(prefix + "HIGH", prefix + "SOME"), 0);
				});
		}
		if (slice.rows().stream().anyMatch((row) -> row.item().equals("ACTIVE") && row.series().equals("NOW"))) {
			attack.sum(null, List.of(slice.name() + "|ACTIVE|NOW|", slice.name() + "|CLOSED|NOW|"), slice.families());
		}
		// A count and its average (or ratio) per person concern the same persons: the
		// average's base is the count (NO_DATA: an average over nobody), the ratio's
		// count
		// the count.
		for (String[] link : LINKS) {
			String count = slice.name() + "|" + link[0];
			String perPerson = slice.name() + "|" + link[1];
			if (slice.rows().stream().anyMatch((row) -> (slice.name() + "|" + row.key()).equals(perPerson))) {
				attack.sum(count, List.of(perPerson), 0);
			}
		}
	}

	private static boolean isDegree(String step) {
		return java.util.Arrays.stream(Degree.values()).anyMatch((degree) -> degree.name().equals(step));
	}

	private static boolean isIncomeSupportType(String item) {
		return java.util.Arrays.stream(IncomeSupportType.values()).anyMatch((type) -> type.name().equals(item));
	}

	private static String number(Double value) {
		return (value == null) ? "" : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/**
	 * The periods in every district and all of them, in one request of aliased fields.
	 */
	private Map<String, Slice> slices(HttpGraphQlTester tester, String field, List<String> periods) {
		StringBuilder document = new StringBuilder("{");
		for (int p = 0; p < periods.size(); p++) {
			for (int d = 0; d < DISTRICTS.size(); d++) {
				document.append(" s")
					.append(p)
					.append('_')
					.append(d)
					.append(": ")
					.append(field)
					.append("(period: \"")
					.append(periods.get(p))
					.append('"')
					.append(d == 0 ? "" : ", district: " + DISTRICTS.get(d))
					.append(") { families rows { item series step figure { state unit value count base } } }");
			}
		}
		GraphQlTester.Response response = tester.mutate()
			.responseTimeout(Duration.ofSeconds(120))
			.build()
			.document(document.append(" }").toString())
			.execute();
		response.errors().verify();
		Map<String, Slice> slices = new LinkedHashMap<>();
		for (int p = 0; p < periods.size(); p++) {
			for (int d = 0; d < DISTRICTS.size(); d++) {
				String alias = "s" + p + "_" + d;
				String name = periods.get(p) + "/" + DISTRICTS.get(d);
				slices.put(name, new Slice(name, response.path(alias + ".families").entity(Integer.class).get(),
						response.path(alias + ".rows").entityList(Row.class).get()));
			}
		}
		return slices;
	}

	record Slice(String name, int families, List<Row> rows) {

		Row row(String key) {
			return this.rows.stream()
				.filter((row) -> row.key().equals(key))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No figure " + key + " in " + this.name));
		}

	}

	record Row(String item, String series, String step, Figure figure) {

		String key() {
			return this.item + "|" + this.series + "|" + Objects.toString(this.step, "");
		}

		/**
		 * The persons a figure is about, which add up across periods and districts; null
		 * when withheld.
		 */
		Double persons() {
			return switch (this.figure.state()) {
				case "NO_DATA" -> 0.0;
				case "SUPPRESSED" -> null;
				default -> (double) ((this.figure.count() != null) ? this.figure.count() : this.figure.base());
			};
		}

	}

	record Figure(String state, String unit, Double value, Integer count, Integer base) {

	}

}
