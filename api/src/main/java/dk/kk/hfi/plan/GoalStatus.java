package dk.kk.hfi.plan;

/** Status of a goal. */
public enum GoalStatus {

	NOT_STARTED, IN_PROGRESS, REACHED, DROPPED

}
