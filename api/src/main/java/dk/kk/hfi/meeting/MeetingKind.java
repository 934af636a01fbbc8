package dk.kk.hfi.meeting;

/** Kinds of meetings in a course. */
public enum MeetingKind {

	START, CORE_TEAM, SUPPORT_TEAM, FOLLOW_UP, CLOSING

}
