package dk.kk.hfi.access;

/**
 * A caller's relation to a family or to the programme, as the schema's {@code @allow}
 * directive names them.
 */
public enum CallerRelation {

	PROFESSIONAL, PARTNER_CLIENT, SUPPORT_TEAM, LEADER, COORDINATING_CASEWORKER, STATUTORY_CASEWORKER, CORE_TEAM,
	HFI_REPRESENTATIVE, OWNER

}
