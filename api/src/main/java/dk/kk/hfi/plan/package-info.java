/**
 * Familiens Plan: one living plan per family, its items changed one version-checked item at a time, and its earlier
 * versions.
 */
// Not yet null-checked: NullAway reports too many findings here to fix in the first step; remove to check it.
@NullUnmarked
package dk.kk.hfi.plan;

import org.jspecify.annotations.NullUnmarked;
