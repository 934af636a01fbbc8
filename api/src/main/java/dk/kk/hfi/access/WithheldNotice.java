package dk.kk.hfi.access;

import dk.kk.hfi.common.DataCategory;

/**
 * That the caller's view of a family's records of a category is limited, and why: never
 * whether any exist.
 */
public record WithheldNotice(String familyId, DataCategory category, DenialReason reason) {
}
