package dk.kk.hfi.domain.course;

/** The stages of a course. */
public enum CourseStatus {

	REFERRED, CONSENT_CONVERSATION, ACTIVE, CLOSED

}
