package dk.kk.hfi.plan;

/** The kinds of item on a plan. */
enum PlanItemKind {

	THEME, GOAL, ACTION, VOICE

}
