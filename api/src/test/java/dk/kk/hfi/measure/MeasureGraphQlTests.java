package dk.kk.hfi.measure;

import java.time.LocalDate;
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

/** The measure catalogue and measure mutations through HTTP. */
class MeasureGraphQlTests extends GraphQlTestSupport {

	@Test
	void catalogueNamesEachKindsOwnerLegalBasisAndCategory() {
		GraphQlTester.Response response = as(DemoIds.BUF_HEALTH_VISITOR).documentName("measure/measureCatalogue")
			.execute();
		response.path("measureCatalogue").entityList(Object.class).hasSize(MeasureKind.values().length);
		response.path("measureCatalogue[?(@.kind == 'LEISURE_BRIDGING')].ownerAdministration")
			.entityList(String.class)
			.containsExactly("KFF");
		response.path("measureCatalogue[?(@.kind == 'ALCOHOL_TREATMENT')].category")
			.entityList(String.class)
			.containsExactly("HEALTH");
		response.path("measureCatalogue[?(@.kind == 'INTERNSHIP')].name")
			.entityList(String.class)
			.containsExactly("Praktik");
	}

	@Test
	void kffRecordsALeisureBridgingAndFollowsUpOnRetention() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Referral family = TestCourses.refer(support, "Familien Fritid", DemoIds.KFF_BRIDGE_BUILDER);
		HttpGraphQlTester kff = as(DemoIds.KFF_BRIDGE_BUILDER);
		Map<String, Object> leisure = Map.of("activity", "Fodbold", "provider", "BK Skjold", "trialLessons", 2,
				"paidDkk", 1450, "retained", true);
		GraphQlTester.Response recorded = kff.documentName("measure/recordMeasure")
			.variable("input",
					Map.of("familyId", family.id(), "memberId", family.child(), "kind", "LEISURE_BRIDGING", "period",
							Map.of("from", LocalDate.now(MovableClock.COPENHAGEN).minusDays(20).toString()), "leisure",
							leisure))
			.execute();
		recorded.errors().verify();
		recorded.path("recordMeasure.measure.category").entity(String.class).isEqualTo("LEISURE");
		recorded.path("recordMeasure.measure.ownerAdministration").entity(String.class).isEqualTo("KFF");
		recorded.path("recordMeasure.measure.legalBasis").entity(String.class).isEqualTo("Folkeoplysningsloven");
		recorded.path("recordMeasure.measure.status").entity(String.class).isEqualTo("ACTIVE");
		recorded.path("recordMeasure.measure.leisure.provider").entity(String.class).isEqualTo("BK Skjold");
		recorded.path("recordMeasure.measure.member.id").entity(String.class).isEqualTo(family.child());
		String measureId = recorded.path("recordMeasure.measure.id").entity(String.class).get();

		GraphQlTester.Response updated = kff.documentName("measure/updateMeasure")
			.variable("input", Map.of("measureId", measureId, "expectedVersion", 0, "status", "ENDED", "leisure",
					Map.of("activity", "Fodbold", "provider", "BK Skjold", "trialLessons", 2, "paidDkk", 1450,
							"retained", false, "retainedCheckedOn", LocalDate.now(MovableClock.COPENHAGEN).toString())))
			.execute();
		updated.errors().verify();
		updated.path("updateMeasure.measure.version").entity(Integer.class).isEqualTo(1);
		updated.path("updateMeasure.measure.leisure.retained").entity(Boolean.class).isEqualTo(false);

		rejected(
				kff.documentName("measure/updateMeasure")
					.variable("input", Map.of("measureId", measureId, "expectedVersion", 0, "status", "ACTIVE")),
				"CONFLICT");
	}

	@Test
	void onlyTheOwningAdministrationRecordsAMeasureAndLeisureDetailsBelongToLeisureBridging() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Referral family = TestCourses.refer(support, "Familien Ejer", DemoIds.BUF_HEALTH_VISITOR);
		Map<String, Object> period = Map.of("from", LocalDate.now(MovableClock.COPENHAGEN).toString());
		rejected(as(DemoIds.BUF_HEALTH_VISITOR).documentName("measure/recordMeasure")
			.variable("input", Map.of("familyId", family.id(), "memberId", family.mother(), "kind", "ALCOHOL_TREATMENT",
					"period", period)),
				"FORBIDDEN");
		// Without the family's consent only BIF reads what it records of BIF's kinds: its
		// representative on the support team records them.
		rejected(
				support.documentName("measure/recordMeasure")
					.variable("input",
							Map.of("familyId", family.id(), "memberId", family.mother(), "kind", "INTERNSHIP", "period",
									period)),
				"FORBIDDEN", (error) -> "EMPLOYMENT".equals(error.getExtensions().get("category")));
		HttpGraphQlTester bifSupport = as(DemoIds.BIF_SUPPORT_JOB_CASEWORKER);
		rejected(bifSupport.documentName("measure/recordMeasure")
			.variable("input", Map.of("familyId", family.id(), "memberId", family.mother(), "kind", "INTERNSHIP",
					"period", period, "leisure",
					Map.of("activity", "x", "provider", "y", "trialLessons", 1, "paidDkk", 0, "retained", true))),
				"BAD_USER_INPUT");
		rejected(
				bifSupport.documentName("measure/recordMeasure")
					.variable("input", Map.of("familyId", family.id(), "memberId", family.mother(), "kind",
							"INTERNSHIP", "period", Map.of("from", "2025-05-01", "to", "2025-04-01"))),
				"BAD_USER_INPUT");
		TestCourses.addToTeam(support, family.id(), TestCourses.BIF_CASEWORKER);
		as(TestCourses.BIF_CASEWORKER).documentName("measure/recordMeasure")
			.variable("input",
					Map.of("familyId", family.id(), "memberId", family.mother(), "kind", "INTERNSHIP", "period",
							Map.of("from", LocalDate.now(MovableClock.COPENHAGEN).plusDays(10).toString()),
							"yearlyCostDkk", 12000))
			.execute()
			.path("recordMeasure.measure.status")
			.entity(String.class)
			.isEqualTo("PLANNED");
	}

	@Test
	void partnerClientsMayNotRecordMeasures() {
		rejected(asClient("kff-fritidsbooking").documentName("measure/recordMeasure")
			.variable("input", Map.of("familyId", "fam-001", "memberId", "fam-001-m2", "kind", "LEISURE_BRIDGING",
					"period", Map.of("from", "2025-01-01"))),
				"FORBIDDEN");
	}

}
