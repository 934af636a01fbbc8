/**
 * The family's consent as immutable versions: provisions per administration and category,
 * deny clauses, withdrawals and their evidence.
 */
@NullMarked
package dk.kk.hfi.domain.consent;

import org.jspecify.annotations.NullMarked;
