package dk.kk.hfi.domain.caller;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Administration;

/**
 * A signed-in professional; {@code supportTeam} and {@code role} (the professional's
 * role, e.g. LEADER) come from the token's claims.
 */
public record ProfessionalCaller(String professionalId, Administration administration, boolean supportTeam,
		@Nullable String role) implements Caller {

	public ProfessionalCaller(String professionalId, Administration administration, boolean supportTeam) {
		this(professionalId, administration, supportTeam, null);
	}

	@Override
	public String id() {
		return this.professionalId;
	}

}
