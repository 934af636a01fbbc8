package dk.kk.hfi.assessment;

/** Baseline or closing. */
public enum AssessmentKind {

	BASELINE, CLOSING

}
