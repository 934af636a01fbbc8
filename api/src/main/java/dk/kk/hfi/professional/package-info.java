/** Professionals of the five administrations and their roles. */
@NullMarked
package dk.kk.hfi.professional;

import org.jspecify.annotations.NullMarked;
