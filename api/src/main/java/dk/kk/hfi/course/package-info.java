/**
 * A family's course: its transitions, the programme's capacity and waiting list, and the
 * course timeline.
 */
@NullMarked
package dk.kk.hfi.course;

import org.jspecify.annotations.NullMarked;
