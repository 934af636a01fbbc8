/**
 * Families: one document per family holding its members, relations, household, course and
 * core team.
 */
@NullMarked
package dk.kk.hfi.family;

import org.jspecify.annotations.NullMarked;
