package dk.kk.hfi.domain.family;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.domain.professional.ProfessionalRole;

/**
 * A professional's membership of a family's core team, from {@code since} up to (not
 * including) {@code until}. The administration is copied from the professional so that
 * row-level filters for partner clients need no join.
 */
public record TeamMembership(String professionalId, Administration administration, ProfessionalRole role,
		LocalDate since, @Nullable LocalDate until) {

	public boolean isActiveOn(LocalDate day) {
		return !this.since.isAfter(day) && (this.until == null || this.until.isAfter(day));
	}

	/**
	 * The family's coordinating caseworker (tovholder): its SOF child-and-youth
	 * caseworker.
	 */
	public boolean isCoordinatingCaseworker() {
		return this.administration == Administration.SOF && this.role == ProfessionalRole.CHILD_AND_YOUTH_CASEWORKER;
	}

	/**
	 * One of the family's statutory caseworkers: SOF's child-and-youth caseworker or
	 * BIF's job caseworker.
	 */
	public boolean isStatutoryCaseworker() {
		return isCoordinatingCaseworker()
				|| (this.administration == Administration.BIF && this.role == ProfessionalRole.JOB_CASEWORKER);
	}

	public TeamMembership endedOn(LocalDate day) {
		return new TeamMembership(this.professionalId, this.administration, this.role, this.since, day);
	}

}
