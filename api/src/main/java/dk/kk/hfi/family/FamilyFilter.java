package dk.kk.hfi.family;

import jakarta.validation.constraints.Size;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.domain.course.CourseStatus;

/** Filters for the families query; all given filters must match. */
public record FamilyFilter(CourseStatus status, Administration administration, @Size(min = 1, max = 100) String text) {

}
