/**
 * Consents: immutable versions per consent, their provisions by category and purpose, and
 * the consent mutations.
 */
@NullMarked
package dk.kk.hfi.consent;

import org.jspecify.annotations.NullMarked;
