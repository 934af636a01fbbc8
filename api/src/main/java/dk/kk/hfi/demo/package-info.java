/**
 * Demo mode: the fictional, deterministic demo data set and its seeding, and the in-app
 * authorization server to sign in with.
 */
@NullMarked
package dk.kk.hfi.demo;

import org.jspecify.annotations.NullMarked;
