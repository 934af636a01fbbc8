package dk.kk.hfi.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.course.TestCourses;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record's reference to a record of another category is that category's data: the
 * meeting a plan's action came from is MEETING data, the plan version a meeting discussed
 * is PLAN data. A value embedded in a record (a plan's action) is decided on the record
 * that holds it, wherever it appears.
 */
class CrossCategoryReferenceTests extends GraphQlTestSupport {

	@Test
	void anActionNamesItsMeetingOnlyToThoseWhoMayReadTheFamilysMeetings() {
		HttpGraphQlTester bif = as(DemoIds.BIF_JOB_CASEWORKER);
		FamilyFixture withMeetings = FamilyFixture.create(as(DemoIds.SOF_CASEWORKER), "Familien Med Møder");
		List<String> meetingIds = addMinuteActions(withMeetings, FamilyFixture.ALL_CATEGORIES);
		GraphQlTester.Response meetingsReader = readActions(bif, withMeetings);
		meetingsReader.errors().verify();
		meetingsReader.path("family.plan.actions[*].meetingId").entityList(String.class).isEqualTo(meetingIds);
		meetingsReader.path("family.plan.history[*].actions[*].meetingId")
			.entityList(String.class)
			.containsExactly(meetingIds.get(0));

		FamilyFixture withoutMeetings = FamilyFixture.create(as(DemoIds.SOF_CASEWORKER), "Familien Uden Møder");
		List<String> hiddenMeetingIds = addMinuteActions(withoutMeetings,
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
		String response = planReader.returnResponse().toString();
		hiddenMeetingIds.forEach((meetingId) -> assertThat(response).doesNotContain(meetingId));
	}

	@Test
	void aMeetingNamesThePlanVersionItDiscussedOnlyToThoseWhoMayReadThePlan() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Uden Plan");
		addMinuteActions(family, FamilyFixture.ALL_CATEGORIES);
		String consentId = sof.documentName("access/familyConsentIds")
			.variable("id", family.familyId)
			.execute()
			.path("family.consents[0].id")
			.entity(String.class)
			.get();
		sof.documentName("access/changeConsentProvisions")
			.variable("id", consentId)
			.variable("expectedVersion", 1)
			.variable("provisions",
					List.of(Map.of("recipients", List.of("SOF", "BIF", "BUF", "SUF", "KFF"), "categories",
							FamilyFixture.ALL_CATEGORIES.stream().filter((c) -> !c.equals("PLAN")).toList())))
			.execute()
			.errors()
			.verify();

		HttpGraphQlTester bif = as(DemoIds.BIF_JOB_CASEWORKER);
		GraphQlTester.Response meetings = bif.documentName("access/familyMeetings")
			.variable("id", family.familyId)
			.execute();
		meetings.errors().satisfy((errors) -> assertThat(errors).hasSize(2).allSatisfy((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "CONSENT_REQUIRED")
				.containsEntry("category", "PLAN");
			assertThat(error.getPath()).matches("family\\.meetings\\[\\d+]\\.planVersion");
		}));
		meetings.path("family.meetings[*].kind").entityList(String.class).containsExactly("CORE_TEAM", "CORE_TEAM");
		meetings.path("family.meetings[0].planVersion").valueIsNull();

		// Naming a version of the plan reads the plan: refused alike whether the version
		// exists or not, before the input is validated.
		List<Object> refusals = new ArrayList<>();
		for (int planVersion : List.of(0, 99)) {
			Map<String, Object> input = new HashMap<>(meeting(family, 3, "Mor ringer til skolen"));
			input.put("planVersion", planVersion);
			bif.documentName("course/recordMeeting")
				.variable("input", input)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")
						.containsEntry("category", "PLAN");
					refusals.add(List.of(error.getMessage(), error.getExtensions()));
				}));
		}
		assertThat(refusals).hasSize(2);
		assertThat(refusals.get(0)).isEqualTo(refusals.get(1));
		bif.documentName("course/recordMeeting")
			.variable("input", meeting(family, 3, "Mor ringer til skolen"))
			.execute()
			.errors()
			.verify();
	}

	/**
	 * Gives the family a consent covering the categories, a plan and two meetings, each
	 * putting one action on it (the plan's third version, the first two in its history);
	 * returns the meetings' ids.
	 */
	private List<String> addMinuteActions(FamilyFixture family, List<String> categories) {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		family.recordConsent(sof, categories, null, LocalDate.now(MovableClock.COPENHAGEN).minusDays(1), null);
		TestCourses.startPlan(sof, family.familyId, "g-ro", "Mor har ro om morgenen", "SOF");
		List<String> meetingIds = new ArrayList<>();
		List<String> actions = List.of("Mor skriver morgenplanen", "Mor lægger tøjet frem aftenen før");
		for (int n = 1; n <= actions.size(); n++) {
			GraphQlTester.Response recorded = sof.documentName("course/recordMeeting")
				.variable("input", meeting(family, n, actions.get(n - 1)))
				.execute();
			recorded.errors().verify();
			meetingIds.add(recorded.path("recordMeeting.meeting.id").entity(String.class).get());
		}
		return meetingIds;
	}

	/**
	 * The family's n-th core-team meeting, today, putting one action of the mother's on
	 * the plan.
	 */
	private static Map<String, Object> meeting(FamilyFixture family, int n, String action) {
		return Map.of("id", "kerneteam-" + n, "familyId", family.familyId, "kind", "CORE_TEAM", "date",
				LocalDate.now(MovableClock.COPENHAGEN).toString(), "professionalIds", List.of(DemoIds.SOF_CASEWORKER),
				"memberIds", List.of(family.motherId), "decisions", List.of("Mor og rådgiver laver en plan"), "actions",
				List.of(Map.of("description", action, "memberId", family.motherId, "goalId", "g-ro")));
	}

	private GraphQlTester.Response readActions(HttpGraphQlTester tester, FamilyFixture family) {
		return tester.documentName("access/familyPlanActions").variable("id", family.familyId).execute();
	}

}
