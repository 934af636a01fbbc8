package dk.kk.hfi.report;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * The demo data reproduce the evaluation's published figures (docs/DOMAIN.md) through the
 * reports, HTTP → GraphQL → MongoDB: the evaluation's 44 families are the demo's intake
 * of the programme's first year, 2023, followed since. Shares within a point of the
 * published ones, counts exact, costs within one per cent.
 */
class PublishedFiguresTests extends GraphQlTestSupport {

	private static final String INTAKE = "2023";

	@Test
	void kontanthjaelpFalls66To43PerCentAnd34PerCentHadAnInternship() {
		Report report = report("incomeSupportReport");
		assertThat(report.shown("KONTANTHJAELP", "START", null)).isCloseTo(66.0, within(1.0));
		assertThat(report.shown("KONTANTHJAELP", "NOW", null)).isCloseTo(43.0, within(1.0));
		assertThat(report.shown("INTERNSHIP", "DURING", null)).isCloseTo(34.0, within(1.0));
	}

	@Test
	void childrenActiveInLeisureRise32To78PerCentAnd70PerCentOfTheAdultsAreActiveAtTheEnd() {
		Report report = report("leisureReport");
		assertThat(report.shown("ACTIVE_CHILDREN", "START", null)).isCloseTo(32.0, within(1.0));
		assertThat(report.shown("ACTIVE_CHILDREN", "END", null)).isCloseTo(78.0, within(1.0));
		assertThat(report.shown("ACTIVE_ADULTS", "END", null)).isCloseTo(70.0, within(1.0));
	}

	@Test
	void socialMeasuresStay106To105() {
		Report report = report("socialMeasuresReport");
		assertThat(report.shown("MEASURES", "START", null)).isEqualTo(106);
		assertThat(report.shown("MEASURES", "NOW", null)).isEqualTo(105);
		assertThat(report.shown("MEASURES_CHILDREN", "START", null)).isEqualTo(97);
		assertThat(report.shown("MEASURES_CHILDREN", "NOW", null)).isEqualTo(94);
		assertThat(report.shown("MEASURES_ADULTS", "START", null)).isEqualTo(9);
		assertThat(report.shown("MEASURES_ADULTS", "NOW", null)).isEqualTo(11);
	}

	@Test
	void experienceSurveyStartsAt50And44PerCentAndEndsAt100And75() {
		Report report = report("experienceSurveyReport");
		assertThat(report.shown("HELP_TO_OVERVIEW_APPOINTMENTS", "BASELINE", "YES")).isCloseTo(50.0, within(1.0));
		assertThat(report.shown("STAFF_KNOW_OUR_SITUATION", "BASELINE", "YES")).isCloseTo(44.0, within(1.0));
		assertThat(report.shown("HELP_TO_OVERVIEW_APPOINTMENTS", "CLOSING", "YES")).isCloseTo(100.0, within(1.0));
		assertThat(report.shown("STAFF_KNOW_OUR_SITUATION", "CLOSING", "YES")).isCloseTo(75.0, within(1.0));
	}

	@Test
	void yearlyCostsAre10_7And13_0And12_5MillionKroner() {
		Report report = report("costsReport");
		assertThat(report.shown("COSTS", "2023", null)).isCloseTo(10_746_237.0, withinPercentage(1));
		assertThat(report.shown("COSTS", "2024", null)).isCloseTo(13_013_440.0, withinPercentage(1));
		assertThat(report.shown("COSTS", "2025", null)).isCloseTo(12_514_759.0, withinPercentage(1));
	}

	/** The report over the 2023 intake, for the whole city. */
	private Report report(String field) {
		HttpGraphQlTester tester = as(DemoIds.SUPPORT_COORDINATOR).mutate()
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		GraphQlTester.Response response = tester
			.document("query($period: String!) { r: " + field + "(period: $period) { "
					+ "rows { item series step figure { state value } } } }")
			.variable("period", INTAKE)
			.execute();
		response.errors().verify();
		return new Report(response.path("r.rows").entityList(Row.class).get());
	}

	record Row(String item, String series, String step, Figure figure) {

	}

	record Figure(String state, Double value) {

	}

	record Report(List<Row> rows) {

		/** The figure's value, which must be shown (not suppressed). */
		double shown(String item, String series, String step) {
			Figure figure = this.rows.stream()
				.filter((row) -> row.item().equals(item) && row.series().equals(series)
						&& Objects.equals(row.step(), step))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No figure " + item + "/" + series + "/" + step))
				.figure();
			assertThat(figure.state()).as(item + "/" + series + "/" + step).isEqualTo("SHOWN");
			return figure.value();
		}

	}

}
