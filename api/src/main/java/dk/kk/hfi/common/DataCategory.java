package dk.kk.hfi.common;

/** Categories of personal data; consents permit and deny by category. */
public enum DataCategory {

	BASIC_IDENTITY, IDENTITY, CONTACT, FAMILY_RELATIONS, SOCIAL_CASE_CHILD, SOCIAL_CASE_ADULT, EMPLOYMENT, FINANCE,
	SCHOOL, HEALTH, LEISURE, PLAN, ASSESSMENT, MEETING

}
