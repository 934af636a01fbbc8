/** Assessments of members (baseline and closing) and the families' experience surveys. */
@NullMarked
package dk.kk.hfi.assessment;

import org.jspecify.annotations.NullMarked;
