package dk.kk.hfi.family;

import java.time.LocalDate;

/** One change of a course's status. */
public record CourseTransition(CourseStatus to, LocalDate on, String byProfessionalId, String reason) {

}
