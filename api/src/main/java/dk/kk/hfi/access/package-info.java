/**
 * The one access mechanism: the schema visitor that guards every field by its category, the policies that decide on
 * consent or another basis, and the request's access context.
 */
@NullMarked
package dk.kk.hfi.access;

import org.jspecify.annotations.NullMarked;
