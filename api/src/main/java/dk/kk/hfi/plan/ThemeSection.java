package dk.kk.hfi.plan;

/** Sections of the plan. */
public enum ThemeSection {

	PRIORITY, PARENT_BURDEN, CHILD_BURDEN, CHILD_STRESS_REACTION

}
