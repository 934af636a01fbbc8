/**
 * Demo mode: the fictional, deterministic demo data set and its seeding, and the in-app
 * authorization server to sign in with.
 */
// Not yet null-checked: NullAway reports too many findings here to fix in the first step;
// remove to check it.
@NullUnmarked
package dk.kk.hfi.demo;

import org.jspecify.annotations.NullUnmarked;
