package dk.kk.hfi.domain.caller;

import dk.kk.hfi.common.Administration;

/**
 * A signed-in professional; {@code supportTeam} and {@code role} (the professional's role, e.g. LEADER) come from
 * the token's claims.
 */
public record ProfessionalCaller(String professionalId, Administration administration, boolean supportTeam,
		String role) implements Caller {

	public ProfessionalCaller(String professionalId, Administration administration, boolean supportTeam) {
		this(professionalId, administration, supportTeam, null);
	}

	@Override
	public String id() {
		return this.professionalId;
	}

}
