/**
 * The professional: administration, role, title and support-team membership, as stored.
 */
@NullMarked
package dk.kk.hfi.domain.professional;

import org.jspecify.annotations.NullMarked;
