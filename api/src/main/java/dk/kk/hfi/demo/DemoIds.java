package dk.kk.hfi.demo;

/** Well-known ids of the demo data set that tests and demos can rely on. */
public final class DemoIds {

	/**
	 * Child-and-youth caseworker (Børne- og ungerådgiver, SOF), active on the core teams
	 * of fam-001..fam-005.
	 */
	public static final String SOF_CASEWORKER = "prof-sof-01";

	/**
	 * Child-and-youth caseworker (SOF) whose membership of fam-002's core team ended
	 * (caseworker turnover).
	 */
	public static final String FORMER_SOF_CASEWORKER = "prof-sof-04";

	/** Family therapist (Familiebehandler, SOF). */
	public static final String SOF_FAMILY_THERAPIST = "prof-sof-09";

	/**
	 * HFI coordinator (SOF), on the support team and HFI representative on many core
	 * teams.
	 */
	public static final String SUPPORT_COORDINATOR = "prof-sof-coord";

	/** Specialist (Specialkonsulent, SOF), on the support team. */
	public static final String SOF_SPECIALIST = "prof-sof-spec";

	/**
	 * Leader (SOF) in the leaders' forum: role LEADER, not on the support team, on no
	 * core team.
	 */
	public static final String SOF_LEADER = "prof-sof-leader";

	/**
	 * Job caseworker (Jobrådgiver, BIF), active on the core teams of fam-001..fam-005.
	 */
	public static final String BIF_JOB_CASEWORKER = "prof-bif-01";

	/** Mentor (BIF). */
	public static final String BIF_MENTOR = "prof-bif-mentor";

	/** Cross-disciplinary consultant (Tværfaglig konsulent, BIF), on the support team. */
	public static final String BIF_CONSULTANT = "prof-bif-consult";

	/** Job caseworker (Jobrådgiver, BIF) on the support team. */
	public static final String BIF_SUPPORT_JOB_CASEWORKER = "prof-bif-support";

	/** Leader (BIF): role LEADER, not on the support team, on no core team. */
	public static final String BIF_LEADER = "prof-bif-leader";

	/**
	 * Health visitor (Sundhedsplejerske, BUF), active on the core teams of
	 * fam-001..fam-005, not on the support team.
	 */
	public static final String BUF_HEALTH_VISITOR = "prof-buf-01";

	/** School social worker (Skolesocialrådgiver, BUF). */
	public static final String BUF_SCHOOL_SOCIAL_WORKER = "prof-buf-02";

	/** Psychologist (Psykolog, BUF), on the support team. */
	public static final String BUF_PSYCHOLOGIST = "prof-buf-03";

	/** Health visitor (Sundhedsplejerske, BUF) on the support team. */
	public static final String BUF_SUPPORT_HEALTH_VISITOR = "prof-buf-04";

	/**
	 * School social worker (BUF) on no core team and not on the support team: sees no
	 * family.
	 */
	public static final String NO_TEAM_PROFESSIONAL = "prof-buf-noteam";

	/** Leader (BUF): role LEADER, not on the support team, on no core team. */
	public static final String BUF_LEADER = "prof-buf-leader";

	/** Physiotherapist (Fysioterapeut, SUF), on the support team. */
	public static final String SUF_PHYSIOTHERAPIST = "prof-suf-01";

	/**
	 * Nurse holding health conversations (SUF, role SPECIALIST), not on the support team.
	 */
	public static final String SUF_HEALTH_NURSE = "prof-suf-02";

	/** Leader (SUF): role LEADER, not on the support team, on no core team. */
	public static final String SUF_LEADER = "prof-suf-leader";

	/**
	 * Bridge builder (Brobygger, KFF), on the support team and active on the core teams
	 * of fam-001..fam-005.
	 */
	public static final String KFF_BRIDGE_BUILDER = "prof-kff-01";

	/** Leisure consultant (Fritidskonsulent, KFF), on the support team. */
	public static final String KFF_LEISURE_CONSULTANT = "prof-kff-02";

	/** The second leisure consultant (Fritidskonsulent, KFF), on the support team. */
	public static final String KFF_LEISURE_CONSULTANT_2 = "prof-kff-03";

	/** Leader (KFF): role LEADER, not on the support team, on no core team. */
	public static final String KFF_LEADER = "prof-kff-leader";

	/**
	 * ACTIVE course; one active consent (con-001, version 1) permitting all categories to
	 * all five administrations.
	 */
	public static final String FAMILY_FULL_CONSENT = "fam-001";

	/**
	 * The mother (m1) of fam-001 (and likewise fam-002-m1): has a HEALTH (SUF) and an
	 * EMPLOYMENT (BIF) measure.
	 */
	public static final String FAMILY_FULL_CONSENT_MOTHER = "fam-001-m1";

	/**
	 * The oldest child (m2) of fam-001 (likewise fam-002-m2), aged 5–13: has
	 * SOCIAL_CASE_CHILD and LEISURE measures.
	 */
	public static final String FAMILY_FULL_CONSENT_CHILD = "fam-001-m2";

	/**
	 * ACTIVE course; active consent (con-002) for all administrations and categories with
	 * an exception denying HEALTH; its former SOF caseworker
	 * {@link #FORMER_SOF_CASEWORKER} has an ended membership.
	 */
	public static final String FAMILY_CONSENT_WITHOUT_HEALTH = "fam-002";

	/**
	 * ACTIVE course; consent con-003 whose current version 2 is WITHDRAWN with a
	 * Withdrawal.
	 */
	public static final String FAMILY_CONSENT_WITHDRAWN = "fam-003";

	/**
	 * ACTIVE course; consent con-004 in state ACTIVE whose period ended last month, so it
	 * is EXPIRED.
	 */
	public static final String FAMILY_CONSENT_EXPIRED = "fam-004";

	/** Course REFERRED; no consent at all. */
	public static final String FAMILY_NO_CONSENT = "fam-005";

	private DemoIds() {
	}

	/**
	 * The id of a family's n-th member, e.g. {@code memberId("fam-001", 1)} is the mother
	 * "fam-001-m1".
	 */
	public static String memberId(String familyId, int n) {
		return familyId + "-m" + n;
	}

}
