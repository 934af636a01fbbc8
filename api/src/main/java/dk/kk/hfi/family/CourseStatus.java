package dk.kk.hfi.family;

/** The stages of a course. */
public enum CourseStatus {

	REFERRED, CONSENT_CONVERSATION, ACTIVE, CLOSED

}
