/**
 * The one access mechanism: the schema visitor that wraps every {@code @category} field,
 * the policy that decides each read and operation, the request's decisions and the audit
 * trail that puts them on record. Features depend on it; it depends only on
 * {@code domain}, {@code audit} (where the trail is written) and {@code common}.
 */
@NullMarked
package dk.kk.hfi.access;

import org.jspecify.annotations.NullMarked;
