/**
 * Who is calling, as the token says: a professional or a partner client.
 */
@NullMarked
package dk.kk.hfi.domain.caller;

import org.jspecify.annotations.NullMarked;
