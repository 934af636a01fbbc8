package dk.kk.hfi.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.course.TestCourses;
import dk.kk.hfi.demo.DemoIds;

import static dk.kk.hfi.GraphQlErrors.rejected;
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
		List<String> meetingIds = withMeetings.addMinuteActions(as(DemoIds.SOF_CASEWORKER),
				FamilyFixture.ALL_CATEGORIES);
		GraphQlTester.Response meetingsReader = readActions(bif, withMeetings);
		meetingsReader.errors().verify();
		meetingsReader.path("family.plan.actions[*].meetingId").entityList(String.class).isEqualTo(meetingIds);
		meetingsReader.path("family.plan.history[*].actions[*].meetingId")
			.entityList(String.class)
			.containsExactly(meetingIds.get(0));

		FamilyFixture withoutMeetings = FamilyFixture.create(as(DemoIds.SOF_CASEWORKER), "Familien Uden Møder");
		List<String> hiddenMeetingIds = withoutMeetings.addMinuteActions(as(DemoIds.SOF_CASEWORKER),
				FamilyFixture.allCategoriesBut("MEETING"));
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
	void anActionsIdTellsAReaderOfThePlanButNotOfTheMeetingsNothingOfWhereItCameFrom() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.withMeetingsHidden(sof, "Familien Med Ens Id");

		GraphQlTester.Response plan = readActions(as(DemoIds.BIF_JOB_CASEWORKER), family);
		plan.errors()
			.filter((error) -> "CONSENT_REQUIRED".equals(error.getExtensions().get("code"))
					&& "MEETING".equals(error.getExtensions().get("category")))
			.verify();
		// The first two came from meetings, the last was written on the plan.
		plan.path("family.plan.actions[*].description")
			.entityList(String.class)
			.containsExactly("Mor skriver morgenplanen", "Mor lægger tøjet frem aftenen før", "Mor sætter vækkeuret");
		List<String> ids = plan.path("family.plan.actions[*].id").entityList(String.class).get();
		assertThat(ids).doesNotHaveDuplicates();
		// Each hex digit read as one: what is left is the id's shape.
		assertThat(ids.stream().map((id) -> id.replaceAll("[0-9a-f]", "x")).distinct()).singleElement();
	}

	@Test
	void removingAnActionTellsAReaderOfThePlanButNotOfTheMeetingsNothingOfWhereItCameFrom() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.withMeetingsHidden(sof, "Familien Uden Mødeadgang");
		List<String> actionIds = readActions(sof, family).path("family.plan.actions[*].id")
			.entityList(String.class)
			.hasSize(3)
			.get();

		// The first action came from a meeting, the last was written on the plan: the
		// refusals are the same, and the plan is unchanged.
		HttpGraphQlTester bif = as(DemoIds.BIF_JOB_CASEWORKER);
		List<Object> refusals = new ArrayList<>();
		for (String actionId : List.of(actionIds.get(0), actionIds.get(2))) {
			removeAction(bif, family, actionId).errors()
				.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
					refusals.add(List.of(error.getMessage(), error.getExtensions()));
				}));
		}
		assertThat(refusals).hasSize(2);
		assertThat(refusals.get(0)).isEqualTo(refusals.get(1));
		GraphQlTester.Response plan = readActions(sof, family);
		plan.path("family.plan.actions[*].id").entityList(String.class).isEqualTo(actionIds);

		// Saving the whole plan without its actions keeps every one of them alike.
		bif.documentName("access/savePlan")
			.variable("input",
					Map.of("familyId", family.familyId, "expectedVersion",
							plan.path("family.plan.version").entity(Long.class).get(), "themes", List.of(), "goals",
							List.of(Map.of("id", "g-ro", "text", "Mor har ro om morgenen", "administrationGoal",
									"SOF")),
							"actions", List.of(), "voices", List.of()))
			.execute()
			.errors()
			.verify();
		readActions(sof, family).path("family.plan.actions[*].id").entityList(String.class).isEqualTo(actionIds);

		// Who may read the meetings removes the written action, never the meeting's.
		removeAction(sof, family, actionIds.get(0)).errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code")))
			.verify();
		removeAction(sof, family, actionIds.get(2)).errors().verify();
		readActions(sof, family).path("family.plan.actions[*].id")
			.entityList(String.class)
			.containsExactly(actionIds.get(0), actionIds.get(1));
	}

	@Test
	void aMeetingsActionsGoOnThePlanOnlyFromWhomMayReadThePlanAndNameAGoalOnIt() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Uden Planadgang");
		family.consentSinceYesterday(sof, FamilyFixture.allCategoriesBut("PLAN"));
		TestCourses.startPlan(sof, family.familyId, "g-ro", "Mor har ro om morgenen", "SOF");
		long version = readActions(sof, family).path("family.plan.version").entity(Long.class).get();

		// BUF reads the meetings but not the plan: it records a meeting, without actions.
		HttpGraphQlTester buf = as(DemoIds.BUF_HEALTH_VISITOR);
		rejected(buf.documentName("course/recordMeeting").variable("input", family.meeting(1, "Mor ringer til BUF")),
				"FORBIDDEN", (error) -> "PLAN".equals(error.getExtensions().get("category")));
		Map<String, Object> withoutActions = new HashMap<>(family.meeting(2, "-"));
		withoutActions.put("actions", List.of());
		buf.documentName("course/recordMeeting").variable("input", withoutActions).execute().errors().verify();
		readActions(sof, family).path("family.plan.version").entity(Long.class).isEqualTo(version);

		// An action names a goal on the plan.
		Map<String, Object> elsewhere = new HashMap<>(family.meeting(3, "-"));
		elsewhere.put("actions",
				List.of(Map.of("description", "Mor ringer", "memberId", family.motherId, "goalId", "g-findes-ikke")));
		rejected(sof.documentName("course/recordMeeting").variable("input", elsewhere), "BAD_USER_INPUT");
		sof.documentName("course/recordMeeting")
			.variable("input", family.meeting(4, "Mor ringer til SOF"))
			.execute()
			.errors()
			.verify();
		readActions(sof, family).path("family.plan.actions[*].description")
			.entityList(String.class)
			.containsExactly("Mor ringer til SOF");

		// The goal an action serves is the plan's: BUF reads the minutes without it.
		GraphQlTester.Response minutes = buf.documentName("access/familyMeetingActions")
			.variable("id", family.familyId)
			.execute();
		minutes.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "CONSENT_REQUIRED")
				.containsEntry("category", "PLAN");
			assertThat(error.getPath()).matches("family\\.meetings\\[\\d+]\\.actions\\[0]\\.goalId");
		}));
		minutes.path("family.meetings[*].actions[*].description")
			.entityList(String.class)
			.containsExactly("Mor ringer til SOF");
		assertThat(minutes.returnResponse().toString()).doesNotContain("g-ro");
	}

	@Test
	void aMeetingNamesThePlanVersionItDiscussedOnlyToThoseWhoMayReadThePlan() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Uden Plan");
		family.addMinuteActions(as(DemoIds.SOF_CASEWORKER), FamilyFixture.ALL_CATEGORIES);
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
							FamilyFixture.allCategoriesBut("PLAN"))))
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
			Map<String, Object> input = new HashMap<>(family.meeting(3, "Mor ringer til skolen"));
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
		// Without naming a version (and without actions, which would change the plan) the
		// meeting is recorded.
		Map<String, Object> withoutActions = new HashMap<>(family.meeting(3, "-"));
		withoutActions.put("actions", List.of());
		bif.documentName("course/recordMeeting").variable("input", withoutActions).execute().errors().verify();
	}

	private static GraphQlTester.Response removeAction(HttpGraphQlTester tester, FamilyFixture family,
			String actionId) {
		return tester.documentName("access/removePlanItem")
			.variable("input",
					Map.of("familyId", family.familyId, "kind", "ACTION", "itemId", actionId, "expectedVersion", 0))
			.execute();
	}

	private GraphQlTester.Response readActions(HttpGraphQlTester tester, FamilyFixture family) {
		return tester.documentName("access/familyPlanActions").variable("id", family.familyId).execute();
	}

}
