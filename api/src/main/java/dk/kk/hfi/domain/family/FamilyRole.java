package dk.kk.hfi.domain.family;

/** A member's role in the family. */
public enum FamilyRole {

	MOTHER, FATHER, CHILD, STEP_PARENT, GUARDIAN, OTHER;

	public boolean isParentFigure() {
		return this != CHILD && this != OTHER;
	}

}
