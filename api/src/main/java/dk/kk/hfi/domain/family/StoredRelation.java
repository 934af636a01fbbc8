package dk.kk.hfi.domain.family;

/**
 * A relation as stored on the member holding it: the related member is this member's
 * {@code kind}.
 */
public record StoredRelation(RelationKind kind, String memberId) {

}
