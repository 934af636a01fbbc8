package dk.kk.hfi.family;

import java.time.LocalDate;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.professional.ProfessionalRole;

/**
 * A professional's membership of a family's core team, from {@code since} up to (not including) {@code until}. The administration is copied from the professional so
 * that row-level filters for partner clients need no join.
 */
public record TeamMembership(String professionalId, Administration administration, ProfessionalRole role,
		LocalDate since, LocalDate until) {

	public boolean isActiveOn(LocalDate day) {
		return !this.since.isAfter(day) && (this.until == null || this.until.isAfter(day));
	}

	public TeamMembership endedOn(LocalDate day) {
		return new TeamMembership(this.professionalId, this.administration, this.role, this.since, day);
	}

}
