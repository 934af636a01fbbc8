/** The evaluation reports: aggregates only, small cells suppressed, as queries and CSV downloads. */
// Not yet null-checked: NullAway reports too many findings here to fix in the first step; remove to check it.
@NullUnmarked
package dk.kk.hfi.report;

import org.jspecify.annotations.NullUnmarked;
