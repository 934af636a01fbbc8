package dk.kk.hfi.domain.course;

import java.time.LocalDate;

/**
 * One change of a course's status; {@code reason} is the note in words, {@code closingReason} the kind of
 * reason when closing.
 */
public record CourseTransition(CourseStatus to, LocalDate on, String byProfessionalId, String reason,
		CourseClosingReason closingReason) {

	public CourseTransition(CourseStatus to, LocalDate on, String byProfessionalId, String reason) {
		this(to, on, byProfessionalId, reason, null);
	}

}
