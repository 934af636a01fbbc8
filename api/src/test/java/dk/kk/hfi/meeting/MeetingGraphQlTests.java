package dk.kk.hfi.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.course.TestCourses;
import dk.kk.hfi.course.TestCourses.Referral;
import dk.kk.hfi.demo.DemoIds;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/** Meetings and their action minutes through HTTP. */
class MeetingGraphQlTests extends GraphQlTestSupport {

	@Test
	void actionMinutesAppearOnThePlansWhoHelpsWithWhatOnceEvenWhenRecordedTwice() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Referral family = TestCourses.refer(support, "Familien Mødested");
		TestCourses.startPlan(support, family.id(), "g-job", "Mor kommer tættere på job", "BIF");

		String retryKey = "kerneteam-" + LocalDate.now(MovableClock.COPENHAGEN);
		Map<String, Object> input = Map.of("id", retryKey, "familyId", family.id(), "kind", "CORE_TEAM", "date",
				LocalDate.now(MovableClock.COPENHAGEN).toString(), "professionalIds",
				List.of(DemoIds.SUPPORT_COORDINATOR, TestCourses.BIF_CASEWORKER), "memberIds", List.of(family.mother()),
				"decisions", List.of("Handlingsreferat sendes til familien og hele kerneteamet"), "actions",
				List.of(Map.of("description", "Jobrådgiver finder en praktikplads tæt på hjemmet", "professionalId",
						TestCourses.BIF_CASEWORKER, "goalId", "g-job", "due",
						LocalDate.now(MovableClock.COPENHAGEN).plusDays(30).toString(), "principles",
						List.of("KNOWLEDGE")),
						Map.of("description", "Mor skriver alle aftaler ind i kalenderen", "memberId",
								family.mother())));
		GraphQlTester.Response recorded = support.documentName("meeting/recordMeeting")
			.variable("input", input)
			.execute();
		recorded.errors().verify();
		String meetingId = recorded.path("recordMeeting.meeting.id").entity(String.class).get();
		recorded.path("recordMeeting.meeting.planVersion").entity(Integer.class).isEqualTo(0);
		recorded.path("recordMeeting.meeting.recordedBy.id")
			.entity(String.class)
			.isEqualTo(DemoIds.SUPPORT_COORDINATOR);
		recorded.path("recordMeeting.meeting.actions[0].professional.id")
			.entity(String.class)
			.isEqualTo(TestCourses.BIF_CASEWORKER);
		recorded.path("recordMeeting.meeting.actions[1].member.id").entity(String.class).isEqualTo(family.mother());
		recorded.path("recordMeeting.plan.version").entity(Integer.class).isEqualTo(1);
		recorded.path("recordMeeting.plan.history[*].version").entityList(Integer.class).containsExactly(0);
		recorded.path("recordMeeting.plan.actions[*].meetingId")
			.entityList(String.class)
			.containsExactly(meetingId, meetingId);

		// The same recording again (a retry): nothing doubled.
		GraphQlTester.Response again = support.documentName("meeting/recordMeeting").variable("input", input).execute();
		again.errors().verify();
		again.path("recordMeeting.meeting.id").entity(String.class).isEqualTo(meetingId);
		again.path("recordMeeting.plan.version").entity(Integer.class).isEqualTo(1);
		again.path("recordMeeting.plan.actions").entityList(Object.class).hasSize(2);

		GraphQlTester.Response stored = support.documentName("meeting/family").variable("id", family.id()).execute();
		stored.path("family.meetings[*].id").entityList(String.class).containsExactly(meetingId);
		stored.path("family.plan.actions[0].professional.id")
			.entity(String.class)
			.isEqualTo(TestCourses.BIF_CASEWORKER);
	}

	@Test
	void anotherFamilysRetryKeyIsNeverInTheWay() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		List<String> meetingIds = new ArrayList<>();
		for (String name : List.of("Familien Første", "Familien Anden")) {
			String familyId = TestCourses.refer(support, name).id();
			Map<String, Object> input = Map.of("id", "opstart", "familyId", familyId, "kind", "START", "date",
					LocalDate.now(MovableClock.COPENHAGEN).toString(), "professionalIds",
					List.of(DemoIds.SUPPORT_COORDINATOR), "memberIds", List.of(), "decisions", List.of(), "actions",
					List.of());
			GraphQlTester.Response recorded = support.documentName("meeting/recordMeeting")
				.variable("input", input)
				.execute();
			recorded.errors().verify();
			meetingIds.add(recorded.path("recordMeeting.meeting.id").entity(String.class).get());
			support.documentName("meeting/family")
				.variable("id", familyId)
				.execute()
				.path("family.meetings[*].id")
				.entityList(String.class)
				.containsExactly(meetingIds.get(meetingIds.size() - 1));
		}
		assertThat(meetingIds).doesNotHaveDuplicates().noneMatch((id) -> id.contains("opstart"));
	}

	@Test
	void minutesNameMembersOfTheFamilyAndKnownProfessionals() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		String familyId = TestCourses.refer(support, "Familien Fremmed").id();
		rejected(support.documentName("meeting/recordMeeting")
			.variable("input",
					Map.of("familyId", familyId, "kind", "START", "date",
							LocalDate.now(MovableClock.COPENHAGEN).toString(), "professionalIds",
							List.of("no-such-professional"), "memberIds", List.of(), "decisions", List.of(), "actions",
							List.of())),
				"NOT_FOUND");
		rejected(support.documentName("meeting/recordMeeting")
			.variable("input", Map.of("familyId", familyId, "kind", "START", "date",
					LocalDate.now(MovableClock.COPENHAGEN).toString(), "professionalIds", List.of(), "memberIds",
					List.of(DemoIds.FAMILY_FULL_CONSENT_MOTHER), "decisions", List.of(), "actions", List.of())),
				"NOT_FOUND");
	}

}
