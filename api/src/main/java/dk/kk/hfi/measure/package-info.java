/**
 * Measures (foranstaltninger) and offers for members, each owned by an administration.
 */
@NullMarked
package dk.kk.hfi.measure;

import org.jspecify.annotations.NullMarked;
