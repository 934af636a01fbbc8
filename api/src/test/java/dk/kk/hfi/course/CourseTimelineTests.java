package dk.kk.hfi.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.demo.DemoIds;
import dk.kk.hfi.domain.consent.ConsentRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The course timeline through HTTP: everything that happened, newest first, each event
 * guarded as its record.
 */
class CourseTimelineTests extends GraphQlTestSupport {

	@Autowired
	private ConsentRepository consents;

	@Test
	void timelineTellsTheCourseNewestFirst() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		String familyId = TestCourses.readyToStart(support, this.consents, "Familien Tidslinje");
		List<String> members = TestCourses.memberIds(support, familyId);
		try {
			TestCourses.transition(support, "activateCourse", familyId, Map.of()).errors().verify();
			support.documentName("course/savePlan")
				.variable("input",
						Map.of("familyId", familyId, "themes", List.of(), "goals", List.of(), "actions", List.of(),
								"voices", List.of(Map.of("memberId", members.get(0), "said", "Ro på"))))
				.execute()
				.errors()
				.verify();
			support.documentName("course/recordMeeting")
				.variable("input",
						Map.of("familyId", familyId, "kind", "START", "date",
								LocalDate.now(MovableClock.COPENHAGEN).toString(), "professionalIds",
								List.of(DemoIds.SUPPORT_COORDINATOR), "memberIds", List.of(members.get(0)), "decisions",
								List.of("Rammerne for samarbejdet er aftalt"), "actions", List.of()))
				.execute()
				.errors()
				.verify();

			GraphQlTester.Response response = support.documentName("course/family").variable("id", familyId).execute();
			response.errors().verify();
			response.path("family.timeline[*].kind")
				.entityList(String.class)
				.satisfies((kinds) -> assertThat(kinds).contains("PLAN_SAVED", "CONSENT_RECORDED", "MEETING")
					.filteredOn("COURSE_TRANSITION"::equals)
					.hasSize(3));
			response.path("family.timeline[?(@.kind == 'COURSE_TRANSITION')].summary")
				.entityList(String.class)
				.containsExactly("Forløbet er startet (opstartsmøde)", "Samtykkesamtale påbegyndt", "Henvist til HFI");
			response.path("family.timeline[*].on")
				.entityList(String.class)
				.satisfies((dates) -> assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder()));
			response.path("family.timeline[-1:].summary").entityList(String.class).containsExactly("Henvist til HFI");
			response.path("family.timeline[?(@.kind == 'MEETING')].summary")
				.entityList(String.class)
				.containsExactly("Opstartsmøde: Rammerne for samarbejdet er aftalt");
		}
		finally {
			TestCourses.transition(support, "closeCourse", familyId, Map.of("reason", "OTHER")).errors().verify();
		}
	}

	@Test
	void timelineEventsOfHiddenRecordsAreWithheldLikeTheRecords() {
		// fam-002's consent denies HEALTH: the BIF caseworker's timeline has no trace of
		// the health measures, not
		// even their place in date order; the owner's timeline has them.
		GraphQlTester.Response response = as(DemoIds.BIF_JOB_CASEWORKER).documentName("course/family")
			.variable("id", DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH)
			.execute();
		response.errors()
			.satisfy((errors) -> assertThat(errors)
				.noneMatch((error) -> "HEALTH".equals(error.getExtensions().get("category"))));
		response.path("family.timeline[?(@.category == 'HEALTH')]").entityList(Object.class).hasSize(0);
		as(DemoIds.SUF_PHYSIOTHERAPIST).documentName("course/family")
			.variable("id", DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH)
			.execute()
			.path("family.timeline[?(@.category == 'HEALTH')].summary")
			.entityList(String.class)
			.satisfies((summaries) -> assertThat(summaries).isNotEmpty().doesNotContainNull());
		response.path("family.timeline[?(@.category == 'EMPLOYMENT')].summary")
			.entityList(String.class)
			.satisfies((summaries) -> assertThat(summaries).isNotEmpty().doesNotContainNull());
	}

}
