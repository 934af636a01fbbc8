package dk.kk.hfi.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value embedded in a record (a plan's action) is decided on the record that holds it:
 * the meeting an action came from is the family's MEETING data, so a caller who may read
 * the plan but not the meetings reads the action without it, wherever the action appears.
 */
class EmbeddedValueTests extends GraphQlTestSupport {

	@Test
	void anActionNamesItsMeetingOnlyToThoseWhoMayReadTheFamilysMeetings() {
		HttpGraphQlTester bif = as(DemoIds.BIF_JOB_CASEWORKER);
		FamilyFixture withMeetings = familyWithMinuteActions("Familien Med Møder", FamilyFixture.ALL_CATEGORIES);
		GraphQlTester.Response meetingsReader = readActions(bif, withMeetings);
		meetingsReader.errors().verify();
		meetingsReader.path("family.plan.actions[*].meetingId")
			.entityList(String.class)
			.containsExactly(meetingId(withMeetings, 1), meetingId(withMeetings, 2));
		meetingsReader.path("family.plan.history[*].actions[*].meetingId")
			.entityList(String.class)
			.containsExactly(meetingId(withMeetings, 1));

		FamilyFixture withoutMeetings = familyWithMinuteActions("Familien Uden Møder",
				FamilyFixture.ALL_CATEGORIES.stream().filter((category) -> !category.equals("MEETING")).toList());
		GraphQlTester.Response planReader = readActions(bif, withoutMeetings);
		planReader.errors().satisfy((errors) -> assertThat(errors).hasSize(3).allSatisfy((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "CONSENT_REQUIRED")
				.containsEntry("category", "MEETING");
			assertThat(error.getPath()).matches("family\\.plan\\.(history\\[\\d+]\\.)?actions\\[\\d+]\\.meetingId");
		}));
		planReader.path("family.plan.actions[*].description")
			.entityList(String.class)
			.containsExactly("Mor skriver morgenplanen", "Mor lægger tøjet frem aftenen før");
		planReader.path("family.plan.actions[0].meetingId").valueIsNull();
		planReader.path("family.plan.actions[1].meetingId").valueIsNull();
		assertThat(planReader.returnResponse().toString()).doesNotContain("mtg-embedded-");
	}

	/**
	 * A family whose consent covers the categories, with a plan and two meetings, each
	 * putting one action on it: the plan's third version, the first two in its history.
	 */
	private FamilyFixture familyWithMinuteActions(String name, List<String> categories) {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, name);
		LocalDate today = LocalDate.now(MovableClock.COPENHAGEN);
		family.recordConsent(sof, categories, null, today.minusDays(1), null);
		sof.documentName("course/savePlan")
			.variable("input",
					Map.of("familyId", family.familyId, "themes", List.of(), "goals",
							List.of(Map.of("id", "g-ro", "text", "Mor har ro om morgenen", "administrationGoal",
									"SOF")),
							"actions", List.of(), "voices", List.of()))
			.execute()
			.errors()
			.verify();
		List<String> actions = List.of("Mor skriver morgenplanen", "Mor lægger tøjet frem aftenen før");
		for (int n = 1; n <= actions.size(); n++) {
			sof.documentName("course/recordMeeting")
				.variable("input", Map.of("id", meetingId(family, n), "familyId", family.familyId, "kind", "CORE_TEAM",
						"date", today.toString(), "professionalIds", List.of(DemoIds.SOF_CASEWORKER), "memberIds",
						List.of(family.motherId), "decisions", List.of("Mor og rådgiver laver en plan"), "actions",
						List.of(Map.of("description", actions.get(n - 1), "memberId", family.motherId, "goalId",
								"g-ro"))))
				.execute()
				.errors()
				.verify();
		}
		return family;
	}

	private static String meetingId(FamilyFixture family, int n) {
		return "mtg-embedded-" + family.familyId + "-" + n;
	}

	private GraphQlTester.Response readActions(HttpGraphQlTester tester, FamilyFixture family) {
		return tester.documentName("access/familyPlanActions").variable("id", family.familyId).execute();
	}

}
