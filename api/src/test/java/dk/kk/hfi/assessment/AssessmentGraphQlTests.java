package dk.kk.hfi.assessment;

import java.time.LocalDate;
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

/**
 * Assessments, register observations and the experience survey through HTTP, each under
 * its own category.
 */
class AssessmentGraphQlTests extends GraphQlTestSupport {

	@Test
	void closingAssessmentShowsAParentsProgressionSinceTheBaseline() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Referral family = TestCourses.refer(support, "Familien Fremgang");
		support.documentName("assessment/recordAssessment")
			.variable("input", assessment(family.id(), family.mother(), "BASELINE", today().minusMonths(11),
					degree("MENTAL_DIFFICULTIES", "HIGH"), degree("DEBT", "SOME"), degree("LIMITED_NETWORK", "LESSER")))
			.execute()
			.errors()
			.verify();
		GraphQlTester.Response closing = support.documentName("assessment/recordAssessment")
			.variable("input",
					assessment(family.id(), family.mother(), "CLOSING", today(), degree("MENTAL_DIFFICULTIES", "SOME"),
							degree("DEBT", "SOME"), degree("LIMITED_NETWORK", "HIGH")))
			.execute();
		closing.errors().verify();
		closing.path("recordAssessment.assessment.progression[*].change")
			.entityList(String.class)
			.containsExactly("IMPROVED", "UNCHANGED", "WORSENED");

		rejected(as(DemoIds.BUF_HEALTH_VISITOR).documentName("assessment/recordAssessment")
			.variable("input", assessment("fam-001", "fam-001-m1", "BASELINE", today(), degree("DEBT", "SOME"))),
				"FORBIDDEN");
	}

	@Test
	void registerObservationsAreTheirAdministrationsDataUnderTheirOwnCategory() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Referral family = TestCourses.refer(support, "Familien Register", TestCourses.BIF_CASEWORKER,
				DemoIds.BUF_HEALTH_VISITOR);
		HttpGraphQlTester bif = as(TestCourses.BIF_CASEWORKER);
		bif.documentName("assessment/recordRegisterObservation")
			.variable("input",
					Map.of("familyId", family.id(), "memberId", family.mother(), "kind", "INCOME_SUPPORT", "observedOn",
							LocalDate.now(MovableClock.COPENHAGEN).toString(), "incomeSupport", "RESSOURCEFORLOB",
							"source", "DREAM"))
			.execute()
			.path("recordRegisterObservation.observation.incomeSupport")
			.entity(String.class)
			.isEqualTo("RESSOURCEFORLOB");
		HttpGraphQlTester buf = as(DemoIds.BUF_HEALTH_VISITOR);
		buf.documentName("assessment/recordRegisterObservation")
			.variable("input",
					Map.of("familyId", family.id(), "memberId", family.child(), "kind", "SCHOOL_ABSENCE", "observedOn",
							LocalDate.now(MovableClock.COPENHAGEN).toString(), "absenceDaysLast12Months", 19))
			.execute()
			.path("recordRegisterObservation.observation.category")
			.entity(String.class)
			.isEqualTo("SCHOOL");
		rejected(bif.documentName("assessment/recordRegisterObservation")
			.variable("input",
					Map.of("familyId", family.id(), "memberId", family.child(), "kind", "SCHOOL_ABSENCE", "observedOn",
							LocalDate.now(MovableClock.COPENHAGEN).toString(), "absenceDaysLast12Months", 3)),
				"FORBIDDEN");

		// Without a consent BIF sees its own observation; BUF's is withheld whole (not
		// blanked), with one notice.
		GraphQlTester.Response seenByBif = bif.documentName("assessment/familyRegisterObservations")
			.variable("id", family.id())
			.execute();
		seenByBif.errors().verify();
		seenByBif.path("family.registerObservations[*].category")
			.entityList(String.class)
			.containsExactly("EMPLOYMENT");
		seenByBif.path("family.registerObservations[?(@.category == 'EMPLOYMENT')].incomeSupport")
			.entityList(String.class)
			.containsExactly("RESSOURCEFORLOB");
		seenByBif.path("family.withheld[?(@.category == 'SCHOOL')].reason")
			.entityList(String.class)
			.containsExactly("NO_CONSENT");
	}

	@Test
	void experienceSurveyIsRecordedForAMemberAtStartAndEnd() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Referral family = TestCourses.refer(support, "Familien Oplevelse");
		for (String kind : List.of("BASELINE", "CLOSING")) {
			support.documentName("assessment/recordExperienceSurvey")
				.variable("input",
						Map.of("familyId", family.id(), "respondentId", family.mother(), "kind", kind, "answeredOn",
								LocalDate.now(MovableClock.COPENHAGEN).toString(), "answers",
								List.of(Map.of("question", "KNOWS_WHOM_TO_CONTACT", "answer",
										kind.equals("BASELINE") ? "NO" : "YES"))))
				.execute()
				.errors()
				.verify();
		}
		support.documentName("assessment/family")
			.variable("id", family.id())
			.execute()
			.path("family.experienceSurveys[*].answers[0].answer")
			.entityList(String.class)
			.containsExactly("NO", "YES");
	}

	/** A {@code RecordAssessmentInput} with the items' degrees in the order given. */
	private static Map<String, Object> assessment(String familyId, String memberId, String kind, LocalDate date,
			Map<?, ?>... degrees) {
		return Map.of("familyId", familyId, "memberId", memberId, "kind", kind, "date", date.toString(), "items",
				List.of(degrees));
	}

	private static Map<String, String> degree(String item, String degree) {
		return Map.of("item", item, "degree", degree);
	}

	private static LocalDate today() {
		return LocalDate.now(MovableClock.COPENHAGEN);
	}

}
