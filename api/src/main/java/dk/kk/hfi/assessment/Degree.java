package dk.kk.hfi.assessment;

/** The four-step scale. */
public enum Degree {

	HIGH, SOME, LESSER, NOT_AT_ALL

}
