/**
 * The course record embedded in the family: status, dates and the transitions with their
 * reasons.
 */
@NullMarked
package dk.kk.hfi.domain.course;

import org.jspecify.annotations.NullMarked;
