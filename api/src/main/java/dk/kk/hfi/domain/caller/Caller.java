package dk.kk.hfi.domain.caller;

import dk.kk.hfi.common.Administration;

/**
 * Who is calling, as the bearer token says: a professional or an integration partner's
 * client.
 */
public sealed interface Caller permits ProfessionalCaller, PartnerClientCaller {

	/** The professional's id or the client id: what audit records name. */
	String id();

	Administration administration();

}
