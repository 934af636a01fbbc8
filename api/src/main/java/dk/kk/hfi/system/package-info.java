/**
 * Configuration of the server: security, GraphQL, the store (embedded or MongoDB), limits
 * and error handling at the edge.
 */
@NullMarked
package dk.kk.hfi.system;

import org.jspecify.annotations.NullMarked;
