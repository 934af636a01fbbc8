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
			.variable("input",
					Map.of("familyId", family.id(), "memberId", family.mother(), "kind", "BASELINE", "date",
							LocalDate.now(MovableClock.COPENHAGEN).minusMonths(11).toString(), "items",
							List.of(Map.of("item", "MENTAL_DIFFICULTIES", "degree", "HIGH"),
									Map.of("item", "DEBT", "degree", "SOME"),
									Map.of("item", "LIMITED_NETWORK", "degree", "LESSER"))))
			.execute()
			.errors()
			.verify();
		GraphQlTester.Response closing = support.documentName("assessment/recordAssessment")
			.variable("input",
					Map.of("familyId", family.id(), "memberId", family.mother(), "kind", "CLOSING", "date",
							LocalDate.now(MovableClock.COPENHAGEN).toString(), "items",
							List.of(Map.of("item", "MENTAL_DIFFICULTIES", "degree", "SOME"),
									Map.of("item", "DEBT", "degree", "SOME"),
									Map.of("item", "LIMITED_NETWORK", "degree", "HIGH"))))
			.execute();
		closing.errors().verify();
		closing.path("recordAssessment.assessment.progression[*].change")
			.entityList(String.class)
			.containsExactly("IMPROVED", "UNCHANGED", "WORSENED");

		rejected(as(DemoIds.BUF_HEALTH_VISITOR).documentName("assessment/recordAssessment")
			.variable("input",
					Map.of("familyId", "fam-001", "memberId", "fam-001-m1", "kind", "BASELINE", "date",
							LocalDate.now(MovableClock.COPENHAGEN).toString(), "items",
							List.of(Map.of("item", "DEBT", "degree", "SOME")))),
				"FORBIDDEN");
	}

	@Test
	void registerObservationsAreTheirAdministrationsDataUnderTheirOwnCategory() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Referral family = TestCourses.refer(support, "Familien Register");
		TestCourses.addToTeam(support, family.id(), TestCourses.BIF_CASEWORKER);
		TestCourses.addToTeam(support, family.id(), DemoIds.BUF_HEALTH_VISITOR);
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

}
