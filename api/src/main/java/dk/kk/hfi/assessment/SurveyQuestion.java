package dk.kk.hfi.assessment;

/**
 * The questions of the family's experience survey, at the start and at the end of the
 * course.
 */
public enum SurveyQuestion {

	KNOWS_WHOM_TO_CONTACT, HELP_TO_OVERVIEW_APPOINTMENTS, STAFF_KNOW_OUR_SITUATION, TELLS_STORY_ONCE, FEELS_LISTENED_TO

}
