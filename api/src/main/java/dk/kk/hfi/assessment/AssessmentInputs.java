package dk.kk.hfi.assessment;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The input and payload records of the assessment and survey mutations. */
final class AssessmentInputs {

	private AssessmentInputs() {
	}

	record RecordAssessmentInput(@NotBlank String familyId, @NotBlank String memberId, @NotNull AssessmentKind kind,
			@NotNull @PastOrPresent LocalDate date, @NotEmpty @Size(max = 16) List<@Valid @NotNull ScoreInput> items) {
	}

	record ScoreInput(@NotNull AssessmentItem item, @NotNull Degree degree) {
	}

	record RecordExperienceSurveyInput(@NotBlank String familyId, @NotBlank String respondentId,
			@NotNull AssessmentKind kind, @NotNull @PastOrPresent LocalDate answeredOn,
			@NotEmpty @Size(max = 10) List<@Valid @NotNull SurveyAnswer> answers) {
	}

	record AssessmentPayload(Assessment assessment) {
	}

	record ExperienceSurveyPayload(ExperienceSurvey survey) {
	}

	/** How one item changed from the baseline to the closing assessment. */
	record ItemProgression(AssessmentItem item, Degree baseline, Degree closing, Progression change) {
	}

	/** The direction of a change on the four-step scale. */
	enum Progression {

		IMPROVED, UNCHANGED, WORSENED

	}

}
