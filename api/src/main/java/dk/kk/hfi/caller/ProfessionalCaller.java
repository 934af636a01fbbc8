package dk.kk.hfi.caller;

import dk.kk.hfi.common.Administration;

/** A signed-in professional; {@code supportTeam} comes from the token's role claim. */
public record ProfessionalCaller(String professionalId, Administration administration, boolean supportTeam)
		implements Caller {

	@Override
	public String id() {
		return this.professionalId;
	}

}
