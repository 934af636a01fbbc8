/**
 * The one access mechanism: the schema visitor that guards every field by its category, the policies that decide on
 * consent or another basis, and the request's access context.
 */
// Not yet null-checked: NullAway reports too many findings here to fix in the first step; remove to check it.
@NullUnmarked
package dk.kk.hfi.access;

import org.jspecify.annotations.NullUnmarked;
