/**
 * Who is calling, as the bearer token says: a professional or an integration partner's
 * client.
 */
@NullMarked
package dk.kk.hfi.caller;

import org.jspecify.annotations.NullMarked;
