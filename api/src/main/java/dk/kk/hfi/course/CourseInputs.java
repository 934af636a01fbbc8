package dk.kk.hfi.course;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import dk.kk.hfi.domain.course.CourseClosingReason;
import dk.kk.hfi.domain.family.Family;

/** The input and payload records of the course mutations. */
final class CourseInputs {

	private CourseInputs() {
	}

	record StartConsentConversationInput(@NotBlank String familyId, @NotNull Long expectedVersion,
			@PastOrPresent LocalDate on) {
	}

	record ActivateCourseInput(@NotBlank String familyId, @NotNull Long expectedVersion, @PastOrPresent LocalDate on) {
	}

	record CloseCourseInput(@NotBlank String familyId, @NotNull Long expectedVersion,
			@NotNull CourseClosingReason reason, @Size(max = 1000) String note, @PastOrPresent LocalDate on) {
	}

	record CoursePayload(Family family) {
	}

}
