package dk.kk.hfi.change;

/** What changed about a family, as the change feed names it; never the values. */
public enum ChangeKind {

	MEMBER, TEAM, CONSENT, WITHDRAWAL, COURSE, PLAN, MEASURE, MEETING, ASSESSMENT, REGISTER_OBSERVATION

}
