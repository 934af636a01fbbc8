/**
 * Configuration of the server: security, GraphQL, the store (embedded or MongoDB), limits and error handling at the
 * edge.
 */
// Not yet null-checked: NullAway reports too many findings here to fix in the first step; remove to check it.
@NullUnmarked
package dk.kk.hfi.system;

import org.jspecify.annotations.NullUnmarked;
