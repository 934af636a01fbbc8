package dk.kk.hfi.assessment;

/** How much the family agrees with a statement of the survey. */
public enum Agreement {

	YES, PARTLY, NO

}
