/**
 * The stored access log: what each request disclosed and withheld
 * ({@link dk.kk.hfi.audit.AccessLogEntry}), the report reads, and the queries that page
 * through them. It depends only on {@code common}: {@code access} writes the log as it
 * decides, and reading it back is itself put on record there, so the log sits below
 * access, beside {@code domain}.
 */
@NullMarked
package dk.kk.hfi.audit;

import org.jspecify.annotations.NullMarked;
