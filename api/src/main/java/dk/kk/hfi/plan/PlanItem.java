package dk.kk.hfi.plan;

/**
 * An item of the plan (theme, goal, action, voice) with its own version, so that edits of
 * different items never collide.
 */
interface PlanItem {

	String id();

	Long version();

	/** The same item with another version. */
	PlanItem withVersion(long version);

}
