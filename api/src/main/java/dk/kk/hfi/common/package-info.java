/**
 * Values shared by every feature: administrations, data categories, CPR numbers, periods,
 * paging and error codes.
 */
@NullMarked
package dk.kk.hfi.common;

import org.jspecify.annotations.NullMarked;
