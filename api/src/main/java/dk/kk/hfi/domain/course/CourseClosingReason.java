package dk.kk.hfi.domain.course;

/** Why a course closed. */
public enum CourseClosingReason {

	/** The children's case closed in SOF. */
	CASE_CLOSED_SOF,
	/** The parents' case closed in BIF. */
	CASE_CLOSED_BIF,
	/** The family withdrew (declined or withdrew its consent). */
	FAMILY_WITHDREW,
	/** The family moved away. */
	MOVED,
	/** Another reason, in the note. */
	OTHER

}
