package dk.kk.hfi.domain.family;

/** Kinds of relations, seen from the member holding the relation. */
public enum RelationKind {

	MOTHER, FATHER, CHILD, STEP_PARENT, STEP_CHILD, GUARDIAN, SIBLING, PARTNER

}
