/**
 * The records every access decision reads (families with their members, course and core
 * team; consents; professionals; the caller) and their repositories, in one sub-package
 * per record. It depends on nothing of ours but {@code common}, so the access mechanism
 * and every feature can build on it without a cycle.
 */
@NullMarked
package dk.kk.hfi.domain;

import org.jspecify.annotations.NullMarked;
