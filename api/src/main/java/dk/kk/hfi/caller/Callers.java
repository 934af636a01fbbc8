package dk.kk.hfi.caller;

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

}
