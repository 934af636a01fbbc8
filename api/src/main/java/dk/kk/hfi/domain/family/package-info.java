/**
 * The family as one document: members with their relations and custody, household, core
 * team memberships and the course; every change is one version-checked write.
 */
@NullMarked
package dk.kk.hfi.domain.family;

import org.jspecify.annotations.NullMarked;
