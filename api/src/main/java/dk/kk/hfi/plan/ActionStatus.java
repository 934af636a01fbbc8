package dk.kk.hfi.plan;

/** Status of an action. */
public enum ActionStatus {

	OPEN, IN_PROGRESS, DONE, CANCELLED

}
