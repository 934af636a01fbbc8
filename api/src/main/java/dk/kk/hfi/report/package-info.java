/**
 * The evaluation reports: aggregates only, small cells suppressed, as queries and CSV
 * downloads.
 */
@NullMarked
package dk.kk.hfi.report;

import org.jspecify.annotations.NullMarked;
