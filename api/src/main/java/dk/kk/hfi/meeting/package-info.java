/**
 * Meetings of a family's course and their action minutes, which go onto the family's
 * plan.
 */
@NullMarked
package dk.kk.hfi.meeting;

import org.jspecify.annotations.NullMarked;
