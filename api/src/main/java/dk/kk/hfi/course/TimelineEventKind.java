package dk.kk.hfi.course;

/** Kinds of events on a course timeline. */
enum TimelineEventKind {

	COURSE_TRANSITION, CONSENT_RECORDED, CONSENT_CHANGED, CONSENT_WITHDRAWN, MEETING, PLAN_SAVED, MEASURE_STARTED,
	MEASURE_ENDED

}
