package dk.kk.hfi.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.demo.DemoIds;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record withheld from a caller is, to the operations naming it, a record that does not
 * exist; and nobody records what they could not read back. The family's consent leaves
 * out HEALTH; SUF owns its health measures and reads them.
 */
class WithheldRecordOperationTests extends GraphQlTestSupport {

	private static final String FAMILY = DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH;

	private static final String MISSING = "mea-no-such-0000";

	@ParameterizedTest
	@ValueSource(strings = { DemoIds.BIF_JOB_CASEWORKER, DemoIds.BIF_SUPPORT_JOB_CASEWORKER })
	void aMeasureTheCallerMayNotReadAndAMissingIdGiveIdenticalAnswersAndNothingChanges(String professionalId) {
		List<Map<String, Object>> before = healthMeasures();
		Map<String, Object> hidden = before.get(0);
		String hiddenId = (String) hidden.get("id");
		HttpGraphQlTester caller = as(professionalId);

		// With the version read by its owner (which would pass) and with a stale one.
		for (int version : List.of((Integer) hidden.get("version"), 99)) {
			List<String> withheld = errors(update(caller, hiddenId, version));
			List<String> missing = errors(update(caller, MISSING, version));
			assertThat(withheld).as("version %d", version).isEqualTo(missing).singleElement().satisfies((error) -> {
				assertThat(error).contains("code=NOT_FOUND").doesNotContain(hiddenId);
			});
		}
		assertThat(healthMeasures()).isEqualTo(before);
	}

	@Test
	void aSupportTeamMemberRecordsNoMeasureOfACategoryTheyMayNotReadBack() {
		List<Map<String, Object>> before = healthMeasures();
		Map<String, Object> input = Map.of("familyId", FAMILY, "memberId", DemoIds.memberId(FAMILY, 1), "kind",
				"HEALTH_CONVERSATION", "period", Map.of("from", LocalDate.now(MovableClock.COPENHAGEN).toString()));

		rejected(as(DemoIds.BIF_SUPPORT_JOB_CASEWORKER).documentName("measure/recordMeasure").variable("input", input),
				"FORBIDDEN", (error) -> "HEALTH".equals(error.getExtensions().get("category")));
		assertThat(healthMeasures()).isEqualTo(before);

		// SUF's representative on the support team records it, and reads it back.
		GraphQlTester.Response recorded = as(DemoIds.SUF_PHYSIOTHERAPIST).documentName("measure/recordMeasure")
			.variable("input", input)
			.execute();
		recorded.errors().verify();
		recorded.path("recordMeasure.measure.category").entity(String.class).isEqualTo("HEALTH");
		assertThat(healthMeasures()).hasSize(before.size() + 1);
	}

	private List<Map<String, Object>> healthMeasures() {
		List<Map<String, Object>> measures = new ArrayList<>();
		as(DemoIds.SUF_PHYSIOTHERAPIST).documentName("measure/familyMeasureVersions")
			.variable("id", FAMILY)
			.execute()
			.path("family.measures")
			.entityList(Map.class)
			.get()
			.stream()
			.filter((measure) -> "HEALTH".equals(measure.get("category")))
			.forEach((measure) -> measures.add(new TreeMap<String, Object>(measure)));
		assertThat(measures).as("the family has health measures its consent leaves out").isNotEmpty();
		return measures;
	}

	private static GraphQlTester.Response update(HttpGraphQlTester caller, String measureId, int version) {
		return caller.documentName("measure/updateMeasure")
			.variable("input",
					Map.of("measureId", measureId, "expectedVersion", version, "status", "ENDED", "yearlyCostDkk",
							123456))
			.execute();
	}

	/** Each error as message and extensions. */
	private static List<String> errors(GraphQlTester.Response response) {
		List<String> errors = new ArrayList<>();
		response.errors()
			.satisfy((list) -> list
				.forEach((error) -> errors.add(error.getMessage() + " " + new TreeMap<>(error.getExtensions()))));
		return errors;
	}

}
