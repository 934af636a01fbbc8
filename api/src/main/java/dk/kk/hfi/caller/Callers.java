package dk.kk.hfi.caller;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.HfiException;

/** Rules about callers shared by every mutation. */
public final class Callers {

	private Callers() {
	}

	/** The professional calling; partner clients may only read, so any change they ask for is FORBIDDEN. */
	public static ProfessionalCaller professional(Caller caller) {
		if (caller instanceof ProfessionalCaller professional) {
			return professional;
		}
		throw HfiException.forbidden("Partner clients may only read");
	}

	/** The professional calling, who must be on the HFI support team; FORBIDDEN with the refusal otherwise. */
	public static ProfessionalCaller supportTeam(Caller caller, String refusal) {
		if (caller instanceof ProfessionalCaller professional && professional.supportTeam()) {
			return professional;
		}
		throw HfiException.forbidden(refusal);
	}

	/**
	 * The professional calling, who must work for the administration that owns the record or be on the support
	 * team: who may record a measure, an observation or an assessment.
	 */
	public static ProfessionalCaller ownerOrSupportTeam(Caller caller, Administration owner, String refusal) {
		ProfessionalCaller professional = professional(caller);
		if (!professional.supportTeam() && professional.administration() != owner) {
			throw HfiException.forbidden(refusal);
		}
		return professional;
	}

}
