package dk.kk.hfi.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dk.kk.hfi.AccessSliceTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.common.DataCategory;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * Assessments' schema mapping: withheld whole without ASSESSMENT, recorded only by a
 * statutory caseworker.
 */
class AssessmentSliceTests extends AccessSliceTestSupport {

	private static final LocalDate TODAY = LocalDate.now(MovableClock.COPENHAGEN);

	@Autowired
	private AssessmentRepository assessments;

	@Test
	void assessmentsAreWithheldWithoutTheFamilysConsentToAssessments() {
		serve(KFF, FAMILY);
		given(this.assessments.findByFamilyIdIn(List.of("f-1"))).willReturn(
				List.of(new Assessment("as-1", "f-1", "f-1-mother", AssessmentKind.BASELINE, TODAY.minusDays(25),
						List.of(new AssessmentScore(AssessmentItem.MENTAL_DIFFICULTIES, Degree.HIGH)))));
		readFamily(KFF, "slice/assessments").path("family.assessments").entityList(Object.class).hasSize(0);
		store(consent(FAMILY, DataCategory.values()));
		var response = readFamily(KFF, "slice/assessments");
		response.path("family.assessments[0].kind").entity(String.class).isEqualTo("BASELINE");
		response.path("family.assessments[0].member.id").entity(String.class).isEqualTo("f-1-mother");
		response.path("family.assessments[0].items[0].item").entity(String.class).isEqualTo("MENTAL_DIFFICULTIES");
		response.path("family.assessments[0].items[0].degree").entity(String.class).isEqualTo("HIGH");
	}

	@Test
	void aTeamMemberWhoIsNotAStatutoryCaseworkerIsRefused() {
		store(FAMILY);
		store(consent(FAMILY, DataCategory.values()));
		as(KFF).documentName("slice/recordAssessment")
			.variable("input",
					Map.of("familyId", "f-1", "memberId", "f-1-mother", "kind", "BASELINE", "date", TODAY.toString(),
							"items", List.of(Map.of("item", "MENTAL_DIFFICULTIES", "degree", "HIGH"))))
			.execute()
			.errors()
			.expect((error) -> forbidden(error)
					&& List.of("STATUTORY_CASEWORKER", "SUPPORT_TEAM").equals(error.getExtensions().get("allowed")))
			.verify();
		then(this.assessments).should(never()).insert(any(Assessment.class));
		then(this.familyService).should(never()).find(any(), any());
	}

}
