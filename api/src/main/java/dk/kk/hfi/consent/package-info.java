/** Consents: immutable versions per consent, their provisions by category and purpose, and the consent mutations. */
// Not yet null-checked: NullAway reports too many findings here to fix in the first step; remove to check it.
@NullUnmarked
package dk.kk.hfi.consent;

import org.jspecify.annotations.NullUnmarked;
