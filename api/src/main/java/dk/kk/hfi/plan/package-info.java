/**
 * Familiens Plan: one living plan per family, its items changed one version-checked item
 * at a time, and its earlier versions.
 */
@NullMarked
package dk.kk.hfi.plan;

import org.jspecify.annotations.NullMarked;
