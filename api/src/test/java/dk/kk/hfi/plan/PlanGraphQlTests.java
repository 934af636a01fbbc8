package dk.kk.hfi.plan;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.access.FamilyFixture;
import dk.kk.hfi.course.TestCourses;
import dk.kk.hfi.course.TestCourses.Referral;
import dk.kk.hfi.demo.DemoIds;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Familiens Plan through HTTP: versions, conflicts, who helps with what, voices and
 * principles.
 */
class PlanGraphQlTests extends GraphQlTestSupport {

	@Test
	void everySavedChangeKeepsTheVersionItReplaced() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Referral family = TestCourses.refer(support, "Familien Planlægger");

		GraphQlTester.Response first = support.documentName("plan/savePlan")
			.variable("input",
					plan(family.id(), family.mother(), null,
							List.of(voice(family.mother(), "Jeg vil have ét sted at ringe hen"))))
			.execute();
		first.errors().verify();
		first.path("savePlan.plan.version").entity(Integer.class).isEqualTo(0);
		first.path("savePlan.plan.history").entityList(Object.class).hasSize(0);
		first.path("savePlan.plan.goals[0].id").entity(String.class).isEqualTo("g-school");
		first.path("savePlan.plan.goals[0].administrationGoalText")
			.entity(String.class)
			.isEqualTo("Barnet deltager og trives i dagtilbud og skole");
		first.path("savePlan.plan.actions[0].goalId").entity(String.class).isEqualTo("g-school");
		first.path("savePlan.plan.actions[0].administration").entity(String.class).isEqualTo("BUF");
		first.path("savePlan.plan.actions[1].member.id").entity(String.class).isEqualTo(family.mother());
		first.path("savePlan.plan.updatedBy.id").entity(String.class).isEqualTo(DemoIds.SUPPORT_COORDINATOR);
		// The father living elsewhere and the child have not been heard: the plan flags
		// them.
		first.path("savePlan.plan.membersWithoutVoice[*].id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder(family.child(), family.father()));
		first.path("savePlan.plan.missingVoices[*].reason")
			.entityList(String.class)
			.containsExactly("OLDER_CHILD", "FATHER");
		first.path("savePlan.plan.principles[?(@.principle == 'WHOLENESS')].actions")
			.entityList(Integer.class)
			.containsExactly(1);
		first.path("savePlan.plan.principles[?(@.principle == 'FAMILY')].open")
			.entityList(Integer.class)
			.containsExactly(2);

		GraphQlTester.Response second = support.documentName("plan/savePlan")
			.variable("input",
					plan(family.id(), family.mother(), 0,
							List.of(voice(family.mother(), "Jeg vil have ét sted at ringe hen"),
									voice(family.father(), "Jeg vil gerne inviteres med til møderne"))))
			.execute();
		second.errors().verify();
		second.path("savePlan.plan.version").entity(Integer.class).isEqualTo(1);
		second.path("savePlan.plan.membersWithoutVoice[*].id").entityList(String.class).containsExactly(family.child());
		second.path("savePlan.plan.missingVoices[*].member.id")
			.entityList(String.class)
			.containsExactly(family.child());
		second.path("savePlan.plan.history[*].version").entityList(Integer.class).containsExactly(0);
		second.path("savePlan.plan.history[0].voices[*].member.id")
			.entityList(String.class)
			.containsExactly(family.mother());

		GraphQlTester.Response third = support.documentName("plan/savePlan")
			.variable("input",
					plan(family.id(), family.mother(), 1,
							List.of(voice(family.child(), "Jeg vil gerne gå til fodbold"))))
			.execute();
		third.errors().verify();
		third.path("savePlan.plan.history[*].version").entityList(Integer.class).containsExactly(1, 0);
		third.path("savePlan.plan.history[0].voices[*].member.id")
			.entityList(String.class)
			.containsExactly(family.mother(), family.father());

		rejected(support.documentName("plan/savePlan")
			.variable("input", plan(family.id(), family.mother(), 1, List.of())), "CONFLICT");
		rejected(support.documentName("plan/savePlan")
			.variable("input", plan(family.id(), family.mother(), null, List.of())), "CONFLICT");
	}

	@Test
	void concurrentEditsOfOneVersionEndInOneWinnerAndTheOtherIsToldToReload() throws Exception {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Referral family = TestCourses.refer(support, "Familien Samtidig");
		support.documentName("plan/savePlan")
			.variable("input", plan(family.id(), family.mother(), null, List.of()))
			.execute()
			.errors()
			.verify();

		String token = token("{\"professionalId\":\"" + DemoIds.SUPPORT_COORDINATOR + "\"}");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<String> bodies = new ArrayList<>();
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> responses = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				String body = "{\"query\":\"mutation { savePlan(input: {familyId: \\\"" + family.id()
						+ "\\\", expectedVersion: 0, themes: [{section: PRIORITY, text: \\\"Redaktør " + i
						+ "\\\"}], goals: [], actions: [], voices: []}) { plan { version } } }\"}";
				responses.add(pool.submit(() -> {
					start.await();
					return post("/graphql", body, token);
				}));
			}
			start.countDown();
			for (Future<HttpResponse<String>> response : responses) {
				bodies.add(response.get().body());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(bodies.stream().filter((body) -> body.contains("\"version\":1"))).hasSize(1);
		assertThat(bodies.stream().filter((body) -> body.contains("CONFLICT"))).hasSize(3);

		GraphQlTester.Response stored = support.documentName("plan/family").variable("id", family.id()).execute();
		stored.path("family.plan.version").entity(Integer.class).isEqualTo(1);
		stored.path("family.plan.themes[0].text")
			.entity(String.class)
			.satisfies((text) -> assertThat(text).startsWith("Redaktør"));
		// The version all four started from is kept once.
		stored.path("family.plan.history[*].version").entityList(Integer.class).containsExactly(0);
		stored.path("family.plan.history[0].themes[0].text")
			.entity(String.class)
			.isEqualTo("Vi vil have mere ro om morgenen");
	}

	@Test
	void actionsNameAGoalOfThePlanAndExactlyOneResponsible() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Referral family = TestCourses.refer(support, "Familien Ugyldig");
		Map<String, Object> input = plan(family.id(), family.mother(), null, List.of());
		input.put("actions", List.of(Map.of("description", "Noget", "goalId", "no-such-goal", "professionalId",
				DemoIds.BUF_SCHOOL_SOCIAL_WORKER)));
		rejected(support.documentName("plan/savePlan").variable("input", input), "BAD_USER_INPUT");
		input.put("actions", List.of(Map.of("description", "Noget")));
		rejected(support.documentName("plan/savePlan").variable("input", input), "BAD_USER_INPUT");
		rejected(asClient("kff-fritidsbooking").documentName("plan/savePlan")
			.variable("input", plan("fam-001", "fam-001-m1", 0, List.of())), "FORBIDDEN");
	}

	@Test
	void aWholePlanSaveKeepsAGoalItLeavesOutWhileAMeetingsActionNamesIt() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Mødemål");
		family.addMinuteActions(sof, FamilyFixture.ALL_CATEGORIES);
		long version = sof.documentName("access/familyPlanActions")
			.variable("id", family.familyId)
			.execute()
			.path("family.plan.version")
			.entity(Long.class)
			.get();

		GraphQlTester.Response saved = sof.documentName("plan/savePlan")
			.variable("input",
					Map.of("familyId", family.familyId, "expectedVersion", version, "themes", List.of(), "goals",
							List.of(Map.of("id", "g-ny", "text", "Milo kommer i skole hver dag", "administrationGoal",
									"BUF")),
							"actions", List.of(), "voices", List.of()))
			.execute();
		saved.errors().verify();
		saved.path("savePlan.plan.goals[*].id").entityList(String.class).containsExactly("g-ny", "g-ro");
		saved.path("savePlan.plan.goals[1].text").entity(String.class).isEqualTo("Mor har ro om morgenen");
		saved.path("savePlan.plan.actions[*].goalId").entityList(String.class).containsExactly("g-ro", "g-ro");
	}

	@Test
	void demoPlansCarryTheirEarlierVersionsAndTheMeetingsThatChangedThem() {
		GraphQlTester.Response response = as(DemoIds.SOF_CASEWORKER)
			.documentName("plan/demoPlansCarryTheirEarlierVersionsAndTheMeetingsThatChangedThem")
			.execute();
		response.errors().verify();
		int version = response.path("family.plan.version").entity(Integer.class).get();
		assertThat(version).isPositive();
		response.path("family.plan.history").entityList(Object.class).hasSize(version);
		List<String> meetingIds = response.path("family.meetings[*].id").entityList(String.class).get();
		response.path("family.plan.actions[*].meetingId")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(meetingIds).containsAll(ids));
	}

	static Map<String, Object> plan(String familyId, String motherId, Integer expectedVersion,
			List<Map<String, Object>> voices) {
		Map<String, Object> input = new HashMap<>();
		input.put("familyId", familyId);
		input.put("expectedVersion", expectedVersion);
		input.put("themes", List.of(Map.of("section", "PRIORITY", "text", "Vi vil have mere ro om morgenen")));
		input.put("goals", List.of(Map.of("id", "g-school", "text", "Ali kommer i skole hver dag", "administrationGoal",
				"BUF", "status", "IN_PROGRESS")));
		input.put("actions",
				List.of(Map.of("goalId", "g-school", "description", "Skolesocialrådgiver aftaler et fast morgenmøde",
						"professionalId", DemoIds.BUF_SCHOOL_SOCIAL_WORKER, "due", "2030-01-31", "principles",
						List.of("WHOLENESS", "FAMILY")),
						Map.of("goalId", "g-school", "description", "Mor pakker skoletasken med Ali aftenen før",
								"memberId", motherId, "principles", List.of("FAMILY"))));
		input.put("voices", voices);
		return input;
	}

	static Map<String, Object> voice(String memberId, String said) {
		return Map.of("memberId", memberId, "said", said);
	}

}
