package dk.kk.hfi.domain.course;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Administration;

/**
 * One change of a course's status; {@code reason} is the note in words,
 * {@code closingReason} the kind of reason when closing. {@code byAdministration} is the
 * administration its professional made it for, whose case data the note is (null on
 * transitions stored before it was kept, and in the demo's history).
 */
public record CourseTransition(CourseStatus to, LocalDate on, @Nullable String byProfessionalId,
		@Nullable String reason, @Nullable CourseClosingReason closingReason,
		@Nullable Administration byAdministration) {

	public CourseTransition(CourseStatus to, LocalDate on, @Nullable String byProfessionalId, @Nullable String reason) {
		this(to, on, byProfessionalId, reason, null, null);
	}

	public CourseTransition(CourseStatus to, LocalDate on, @Nullable String byProfessionalId, @Nullable String reason,
			@Nullable CourseClosingReason closingReason) {
		this(to, on, byProfessionalId, reason, closingReason, null);
	}

}
