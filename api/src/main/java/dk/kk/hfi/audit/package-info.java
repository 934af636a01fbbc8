/**
 * The audit: what each request disclosed and withheld, written before the response leaves, and the access log read from
 * it.
 */
@NullMarked
package dk.kk.hfi.audit;

import org.jspecify.annotations.NullMarked;
