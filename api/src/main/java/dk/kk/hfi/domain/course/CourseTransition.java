package dk.kk.hfi.domain.course;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One change of a course's status; {@code reason} is the note in words,
 * {@code closingReason} the kind of reason when closing.
 */
public record CourseTransition(CourseStatus to, LocalDate on, @Nullable String byProfessionalId,
		@Nullable String reason, @Nullable CourseClosingReason closingReason) {

	public CourseTransition(CourseStatus to, LocalDate on, @Nullable String byProfessionalId, @Nullable String reason) {
		this(to, on, byProfessionalId, reason, null);
	}

}
