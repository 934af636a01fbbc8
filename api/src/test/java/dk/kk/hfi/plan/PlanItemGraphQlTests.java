package dk.kk.hfi.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.course.TestCourses;
import dk.kk.hfi.course.TestCourses.Referral;
import dk.kk.hfi.demo.DemoIds;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Item-level plan changes through HTTP: each checked against its own item's version, none
 * dropping another's.
 */
class PlanItemGraphQlTests extends GraphQlTestSupport {

	static final String PLAN = "plan { version themes { id version text } goals { id version text status } "
			+ "actions { id version description status meetingId goalId } voices { version said member { id } } "
			+ "history { version } }";

	@Test
	void editsOfDifferentItemsFromTheSameVersionBothLand() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Referral family = TestCourses.refer(support, "Familien To Faner");
		mutate(support, "startPlan", "StartPlanInput", Map.of("familyId", family.id())).errors().verify();
		String first = goal(support, family.id(), "Mor får ro om morgenen");
		String second = goal(support, family.id(), "Ali kommer i skole");

		// Two tabs read the plan with both goals at version 0 and each change a different
		// one.
		mutate(support, "savePlanGoal", "SavePlanGoalInput",
				Map.of("familyId", family.id(), "id", first, "expectedVersion", 0, "text", "Mor får ro om morgenen",
						"administrationGoal", "SOF", "status", "REACHED"))
			.errors()
			.verify();
		GraphQlTester.Response other = mutate(support, "savePlanGoal", "SavePlanGoalInput",
				Map.of("familyId", family.id(), "id", second, "expectedVersion", 0, "text",
						"Ali kommer i skole hver dag", "administrationGoal", "BUF"));
		other.errors().verify();
		other.path("savePlanGoal.plan.goals[*].status")
			.entityList(String.class)
			.containsExactly("REACHED", "NOT_STARTED");
		other.path("savePlanGoal.plan.goals[*].version").entityList(Integer.class).containsExactly(1, 1);
		other.path("savePlanGoal.plan.history").entityList(Object.class).hasSize(4);

		// A change from the stale version of the first goal is refused and changes
		// nothing.
		rejected(mutate(support, "savePlanGoal", "SavePlanGoalInput", Map.of("familyId", family.id(), "id", first,
				"expectedVersion", 0, "text", "Forældet", "administrationGoal", "SOF")), "CONFLICT");

		// Themes, voices, moving and removing.
		GraphQlTester.Response theme = mutate(support, "savePlanTheme", "SavePlanThemeInput",
				Map.of("familyId", family.id(), "section", "PRIORITY", "text", "Mere ro"));
		theme.errors().verify();
		String themeId = theme.path("savePlanTheme.plan.themes[0].id").entity(String.class).get();
		mutate(support, "savePlanVoice", "SavePlanVoiceInput", Map.of("familyId", family.id(), "memberId",
				family.mother(), "said", "Jeg vil have ét sted at ringe hen"))
			.errors()
			.verify();
		rejected(
				mutate(support, "savePlanVoice", "SavePlanVoiceInput",
						Map.of("familyId", family.id(), "memberId", family.mother(), "said", "Et andet ønske")),
				"CONFLICT");
		GraphQlTester.Response moved = mutate(support, "movePlanItem", "MovePlanItemInput", Map.of("familyId",
				family.id(), "kind", "GOAL", "itemId", second, "expectedVersion", 1, "beforeId", first));
		moved.errors().verify();
		moved.path("movePlanItem.plan.goals[*].id").entityList(String.class).containsExactly(second, first);
		GraphQlTester.Response removed = mutate(support, "removePlanItem", "RemovePlanItemInput",
				Map.of("familyId", family.id(), "kind", "THEME", "itemId", themeId, "expectedVersion", 0));
		removed.errors().verify();
		removed.path("removePlanItem.plan.themes").entityList(Object.class).hasSize(0);
		removed.path("removePlanItem.plan.voices[0].said")
			.entity(String.class)
			.isEqualTo("Jeg vil have ét sted at ringe hen");
		removed.path("removePlanItem.plan.goals").entityList(Object.class).hasSize(2);
	}

	@Test
	void meetingActionsStayOnThePlanAndLinkedToTheirMeeting() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Referral family = TestCourses.refer(support, "Familien Mødereferat");
		GraphQlTester.Response read = planWithAMeetingsAction(support, family);
		String actionId = read.path("family.plan.actions[0].id").entity(String.class).get();
		String meetingId = read.path("family.plan.actions[0].meetingId").entity(String.class).get();
		int version = read.path("family.plan.version").entity(Integer.class).get();

		rejected(
				mutate(support, "removePlanItem", "RemovePlanItemInput",
						Map.of("familyId", family.id(), "kind", "ACTION", "itemId", actionId, "expectedVersion", 0)),
				"BAD_USER_INPUT");
		// A whole-plan save without the meeting's action keeps it.
		GraphQlTester.Response saved = support
			.document("mutation($input: SavePlanInput!) { savePlan(input: $input) { " + PLAN + " } }")
			.variable("input",
					Map.of("familyId", family.id(), "expectedVersion", version, "themes", List.of(), "goals", List.of(),
							"actions", List.of(), "voices", List.of()))
			.execute();
		saved.errors().verify();
		saved.path("savePlan.plan.actions[*].id").entityList(String.class).containsExactly(actionId);
		// Editing it keeps the link.
		GraphQlTester.Response edited = mutate(support, "savePlanAction", "SavePlanActionInput",
				Map.of("familyId", family.id(), "id", actionId, "expectedVersion", 0, "description",
						"Mor ringer til tandlægen i morgen", "memberId", family.mother(), "status", "DONE"));
		edited.errors().verify();
		edited.path("savePlanAction.plan.actions[0].meetingId").entity(String.class).isEqualTo(meetingId);
		edited.path("savePlanAction.plan.actions[0].version").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void anItemAddedWithoutAnIdGetsOneOfTheSameShapeWhicheverChangeAddsIt() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Referral family = TestCourses.refer(support, "Familien Ens Form");
		GraphQlTester.Response read = planWithAMeetingsAction(support, family);
		String fromMeeting = read.path("family.plan.actions[0].id").entity(String.class).get();
		support.document("mutation($input: SavePlanInput!) { savePlan(input: $input) { " + PLAN + " } }")
			.variable("input",
					Map.of("familyId", family.id(), "expectedVersion",
							read.path("family.plan.version").entity(Integer.class).get(), "themes",
							List.of(Map.of("section", "PRIORITY", "text", "Mere ro")), "goals",
							List.of(Map.of("text", "Mor får ro om morgenen", "administrationGoal", "SOF")), "actions",
							List.of(Map.of("description", "Mor skriver morgenplanen", "memberId", family.mother())),
							"voices", List.of()))
			.execute()
			.errors()
			.verify();
		mutate(support, "savePlanTheme", "SavePlanThemeInput",
				Map.of("familyId", family.id(), "section", "PRIORITY", "text", "Færre aftaler"))
			.errors()
			.verify();
		goal(support, family.id(), "Ali kommer i skole");
		GraphQlTester.Response plan = mutate(support, "savePlanAction", "SavePlanActionInput",
				Map.of("familyId", family.id(), "description", "Mor lægger tøjet frem", "memberId", family.mother()));
		plan.errors().verify();

		List<String> themes = plan.path("savePlanAction.plan.themes[*].id").entityList(String.class).hasSize(2).get();
		List<String> goals = plan.path("savePlanAction.plan.goals[*].id").entityList(String.class).hasSize(2).get();
		List<String> actions = plan.path("savePlanAction.plan.actions[*].id").entityList(String.class).hasSize(3).get();
		assertThat(actions).contains(fromMeeting);
		assertThat(themes).allSatisfy((id) -> assertThat(id).startsWith("t-"));
		assertThat(goals).allSatisfy((id) -> assertThat(id).startsWith("g-"));
		assertThat(actions).allSatisfy((id) -> assertThat(id).startsWith("a-"));
		// Each hex digit read as one, and without its kind: what is left is the id's
		// shape, the same as the meeting's action's.
		String shape = fromMeeting.substring(2).replaceAll("[0-9a-f]", "x");
		assertThat(List.of(themes, goals, actions)).allSatisfy((ids) -> assertThat(ids)
			.allSatisfy((id) -> assertThat(id.substring(2).replaceAll("[0-9a-f]", "x")).isEqualTo(shape)));
	}

	@Test
	void aGoalWithActionsIsNotRemovedAndAnotherFamilysCaseworkerMayNotEdit() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Referral family = TestCourses.refer(support, "Familien Mål");
		String goalId = goal(support, family.id(), "Ro om morgenen");
		GraphQlTester.Response action = mutate(support, "savePlanAction", "SavePlanActionInput", Map.of("familyId",
				family.id(), "goalId", goalId, "description", "Vækkeur", "memberId", family.mother()));
		action.errors().verify();
		assertThat(action.path("savePlanAction.plan.actions[0].id").entity(String.class).get()).isNotBlank();
		rejected(
				mutate(support, "removePlanItem", "RemovePlanItemInput",
						Map.of("familyId", family.id(), "kind", "GOAL", "itemId", goalId, "expectedVersion", 0)),
				"BAD_USER_INPUT");
		mutate(as(DemoIds.NO_TEAM_PROFESSIONAL), "savePlanGoal", "SavePlanGoalInput",
				Map.of("familyId", family.id(), "text", "Udefra", "administrationGoal", "SOF"))
			.errors()
			.expect((error) -> List.of("FORBIDDEN", "NOT_FOUND").contains(error.getExtensions().get("code")))
			.verify();
	}

	private static String goal(HttpGraphQlTester tester, String familyId, String text) {
		GraphQlTester.Response response = mutate(tester, "savePlanGoal", "SavePlanGoalInput",
				Map.of("familyId", familyId, "text", text, "administrationGoal", "SOF"));
		response.errors().verify();
		List<String> ids = response.path("savePlanGoal.plan.goals[*].id").entityList(String.class).get();
		return ids.get(ids.size() - 1);
	}

	private static GraphQlTester.Response mutate(HttpGraphQlTester tester, String mutation, String inputType,
			Map<String, Object> input) {
		return tester
			.document("mutation($input: " + inputType + "!) { " + mutation + "(input: $input) { " + PLAN + " } }")
			.variable("input", input)
			.execute();
	}

	/**
	 * Records a core-team meeting putting one action of the mother's on the plan; returns
	 * the plan as read then.
	 */
	private static GraphQlTester.Response planWithAMeetingsAction(HttpGraphQlTester support, Referral family) {
		support.documentName("course/recordMeeting")
			.variable("input",
					Map.of("familyId", family.id(), "kind", "CORE_TEAM", "date", "2025-03-01", "professionalIds",
							List.of(DemoIds.SUPPORT_COORDINATOR), "memberIds", List.of(family.mother()), "decisions",
							List.of(), "actions",
							List.of(Map.of("description", "Mor ringer til tandlægen", "memberId", family.mother()))))
			.execute()
			.errors()
			.verify();
		return support.document("query($id: ID!) { family(id: $id) { " + PLAN + " } }")
			.variable("id", family.id())
			.execute();
	}

}
