package dk.kk.hfi.access;

/** The basis on which a field was disclosed. */
public enum Basis {

	/** The caller's administration owns the record (statutory basis). */
	OWN_DATA,
	/** An active consent of the family permits it. */
	CONSENT,
	/** Names and roles in the family, needed by every team member to work together. */
	TEAM_COLLABORATION

}
