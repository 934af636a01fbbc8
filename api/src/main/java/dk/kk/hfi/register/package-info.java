/**
 * Observations of members in the administrations' registers: income support, internship,
 * school absence, leisure.
 */
@NullMarked
package dk.kk.hfi.register;

import org.jspecify.annotations.NullMarked;
