/** A family's course: its transitions, the programme's capacity and waiting list, and the course timeline. */
// Not yet null-checked: NullAway reports too many findings here to fix in the first step; remove to check it.
@NullUnmarked
package dk.kk.hfi.course;

import org.jspecify.annotations.NullUnmarked;
