/**
 * The change feed: which families changed and how, for integration partners to refresh
 * only what changed.
 */
@NullMarked
package dk.kk.hfi.change;

import org.jspecify.annotations.NullMarked;
