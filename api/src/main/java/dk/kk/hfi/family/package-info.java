/** Families: one document per family holding its members, relations, household, course and core team. */
// Not yet null-checked: NullAway reports too many findings here to fix in the first step; remove to check it.
@NullUnmarked
package dk.kk.hfi.family;

import org.jspecify.annotations.NullUnmarked;
