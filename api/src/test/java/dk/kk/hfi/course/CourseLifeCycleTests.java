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

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The life cycle of a course through HTTP: transitions, their rules, the waiting list and
 * long courses.
 */
class CourseLifeCycleTests extends GraphQlTestSupport {

	@Autowired
	private ConsentRepository consents;

	@Test
	void courseGoesFromReferralToClosingWithDateProfessionalAndReason() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		HttpGraphQlTester caseworker = as(TestCourses.SOF_CASEWORKER);
		String familyId = TestCourses.readyToStart(support, this.consents, "Familien Livsforløb");

		GraphQlTester.Response activated = TestCourses.transition(caseworker, "activateCourse", familyId, Map.of());
		activated.errors().verify();
		activated.path("activateCourse.family.course.status").entity(String.class).isEqualTo("ACTIVE");
		activated.path("activateCourse.family.course.activatedOn")
			.entity(String.class)
			.isEqualTo(LocalDate.now(MovableClock.COPENHAGEN).toString());
		activated.path("activateCourse.family.course.transitions[*].to")
			.entityList(String.class)
			.containsExactly("REFERRED", "CONSENT_CONVERSATION", "ACTIVE");
		activated.path("activateCourse.family.course.transitions[1].by.id")
			.entity(String.class)
			.isEqualTo(DemoIds.SUPPORT_COORDINATOR);
		activated.path("activateCourse.family.course.transitions[2].by.id")
			.entity(String.class)
			.isEqualTo(TestCourses.SOF_CASEWORKER);

		GraphQlTester.Response closed = TestCourses.transition(caseworker, "closeCourse", familyId,
				Map.of("reason", "CASE_CLOSED_BIF", "note", "Mor er begyndt på en uddannelse"));
		closed.errors().verify();
		closed.path("closeCourse.family.course.status").entity(String.class).isEqualTo("CLOSED");
		closed.path("closeCourse.family.course.closedOn")
			.entity(String.class)
			.isEqualTo(LocalDate.now(MovableClock.COPENHAGEN).toString());
		closed.path("closeCourse.family.course.closingReason").entity(String.class).isEqualTo("CASE_CLOSED_BIF");
		closed.path("closeCourse.family.course.transitions[3].reason")
			.entity(String.class)
			.isEqualTo("Mor er begyndt på en uddannelse");
		closed.path("closeCourse.family.course.transitions[3].by.id")
			.entity(String.class)
			.isEqualTo(TestCourses.SOF_CASEWORKER);
	}

	@Test
	void aClosingNoteIsItsWritersAdministrationsCaseDataWhetherOrNotTheyAreOnTheCoreTeam() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		String familyId = TestCourses.refer(support, "Familien Farvel").id();

		// KFF's leisure consultant, on the support team but not on the family's core
		// team,
		// closes the course with a note: KFF's leisure data, which they read back.
		GraphQlTester.Response closed = TestCourses.transition(as(DemoIds.KFF_LEISURE_CONSULTANT), "closeCourse",
				familyId, Map.of("reason", "FAMILY_WITHDREW", "note", "Familien siger nej tak til flere møder"));
		// The referral's reason (none) is SOF's, as its referrer is SOF's coordinator.
		closed.errors()
			.filter((error) -> "closeCourse.family.course.transitions[0].reason".equals(error.getPath()))
			.verify();
		closed.path("closeCourse.family.course.transitions[?(@.to == 'CLOSED')].reason")
			.entityList(String.class)
			.containsExactly("Familien siger nej tak til flere møder");

		// SOF's coordinator reads another administration's note only by consent: there is
		// none.
		support.documentName("course/familyTransitions")
			.variable("id", familyId)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "CONSENT_REQUIRED")
					.containsEntry("category", "LEISURE")));
	}

	@Test
	void invalidTransitionsAreRejected() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		String familyId = TestCourses.refer(support, "Familien Springer").id();
		expectInvalidTransition(TestCourses.transition(support, "activateCourse", familyId, Map.of()), "REFERRED",
				"ACTIVE");

		TestCourses
			.transition(support, "closeCourse", familyId, Map.of("reason", "FAMILY_WITHDREW", "note", "Sagde nej tak"))
			.errors()
			.verify();
		expectInvalidTransition(TestCourses.transition(support, "startConsentConversation", familyId, Map.of()),
				"CLOSED", "CONSENT_CONVERSATION");
		expectInvalidTransition(TestCourses.transition(support, "closeCourse", familyId, Map.of("reason", "OTHER")),
				"CLOSED", "CLOSED");
	}

	@Test
	void staleVersionsFutureDatesAndPartnerClientsAreRejected() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		String familyId = TestCourses.refer(support, "Familien Forældet").id();
		long version = TestCourses.version(support, familyId);
		rejected(TestCourses.transition(support, "startConsentConversation", familyId,
				Map.of("on", LocalDate.now(MovableClock.COPENHAGEN).plusDays(1).toString())), "BAD_USER_INPUT");
		rejected(
				TestCourses.transition(support, "startConsentConversation", familyId,
						Map.of("on", LocalDate.now(MovableClock.COPENHAGEN).minusDays(31).toString())),
				"BAD_USER_INPUT");
		TestCourses.transition(support, "startConsentConversation", familyId, Map.of()).errors().verify();
		rejected(TestCourses.transition(support, "closeCourse", familyId,
				Map.of("reason", "MOVED", "expectedVersion", version)), "CONFLICT");
		rejected(asClient("kff-fritidsbooking")
			.documentName("course/staleVersionsFutureDatesAndPartnerClientsAreRejected"), "FORBIDDEN");
	}

	@Test
	void activationNeedsAnActiveConsentAndBothStatutoryCaseworkers() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		TestCourses.Referral family = TestCourses.refer(support, "Familien Uforberedt", TestCourses.SOF_CASEWORKER);
		TestCourses.transition(support, "startConsentConversation", family.id(), Map.of()).errors().verify();

		TestCourses.transition(support, "activateCourse", family.id(), Map.of())
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& "NOT_READY_TO_START".equals(error.getExtensions().get("reason"))
					&& List.of("ACTIVE_CONSENT", "BIF_JOB_CASEWORKER").equals(error.getExtensions().get("missing")))
			.verify();

		TestCourses.addToTeam(support, family.id(), TestCourses.BIF_CASEWORKER);
		TestCourses.recordConsent(this.consents, family.id(), family.memberIds());
		try {
			TestCourses.transition(support, "activateCourse", family.id(), Map.of())
				.path("activateCourse.family.course.status")
				.entity(String.class)
				.isEqualTo("ACTIVE");
		}
		finally {
			TestCourses.transition(support, "closeCourse", family.id(), Map.of("reason", "OTHER")).errors().verify();
		}
	}

	@Test
	void coursesActiveForMoreThanTwelveMonthsAreFlaggedForFollowUp() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		GraphQlTester.Response response = support
			.documentName("course/coursesActiveForMoreThanTwelveMonthsAreFlaggedForFollowUp")
			.execute();
		response.errors().verify();
		response.path("long.course.followUpDue").entity(Boolean.class).isEqualTo(true);
		response.path("long.course.monthsActive")
			.entity(Integer.class)
			.satisfies((months) -> assertThat(months).isGreaterThanOrEqualTo(12));
		response.path("short.course.followUpDue").entity(Boolean.class).isEqualTo(false);
		response.path("referred.course.followUpDue").entity(Boolean.class).isEqualTo(false);
		response.path("referred.course.monthsActive").valueIsNull();
		response.path("courseCapacity.followUpDue[*].id")
			.entityList(String.class)
			.contains("fam-001")
			.doesNotContain("fam-003", "fam-005");
		response.path("courseCapacity.followUpDue[*].course.activatedOn")
			.entityList(String.class)
			.satisfies((dates) -> assertThat(dates).isSorted()
				.allMatch((date) -> !LocalDate.parse(date)
					.isAfter(LocalDate.now(MovableClock.COPENHAGEN).minusMonths(12))));
	}

	@Test
	void waitingListIsInOrderOfReferralAndOnlyForTheSupportTeam() {
		GraphQlTester.Response response = as(DemoIds.SUPPORT_COORDINATOR).documentName("course/courseCapacity")
			.execute();
		response.errors().verify();
		response.path("courseCapacity.limit").entity(Integer.class).isEqualTo(35);
		response.path("courseCapacity.waitingList[*].family.id").entityList(String.class).contains("fam-005");
		response.path("courseCapacity.waitingList[*].referredOn")
			.entityList(String.class)
			.satisfies((dates) -> assertThat(dates).isSorted());
		response.path("courseCapacity.waitingList[*].status")
			.entityList(String.class)
			.satisfies((statuses) -> assertThat(statuses).containsOnly("REFERRED", "CONSENT_CONVERSATION"));
		response.path("courseCapacity.waitingList[0].position").entity(Integer.class).isEqualTo(1);

		rejected(as(DemoIds.SOF_CASEWORKER).documentName("course/courseCapacityLimit"), "FORBIDDEN");
	}

	private static void expectInvalidTransition(GraphQlTester.Response response, String from, String to) {
		response.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& "INVALID_TRANSITION".equals(error.getExtensions().get("reason"))
					&& from.equals(error.getExtensions().get("from")) && to.equals(error.getExtensions().get("to")))
			.verify();
	}

}
