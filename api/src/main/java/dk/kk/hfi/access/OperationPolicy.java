package dk.kk.hfi.access;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.caller.PartnerClientCaller;
import dk.kk.hfi.domain.caller.ProfessionalCaller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.TeamMembership;
import dk.kk.hfi.domain.professional.ProfessionalRole;

/**
 * Who may run an operation, as a pure function of the caller, the relations the
 * operation's {@code @allow} names, the family it concerns (null for operations about no
 * family) and the administrations owning its record.
 */
public final class OperationPolicy {

	private OperationPolicy() {
	}

	public static boolean permits(Caller caller, Set<CallerRelation> allowed, @Nullable Family family,
			Set<Administration> owners, LocalDate today) {
		return allowed.stream().anyMatch((relation) -> holds(relation, caller, family, owners, today));
	}

	static boolean holds(CallerRelation relation, Caller caller, @Nullable Family family, Set<Administration> owners,
			LocalDate today) {
		return switch (relation) {
			case PROFESSIONAL -> caller instanceof ProfessionalCaller;
			case PARTNER_CLIENT -> caller instanceof PartnerClientCaller;
			case SUPPORT_TEAM -> caller instanceof ProfessionalCaller professional && professional.supportTeam();
			case LEADER -> caller instanceof ProfessionalCaller professional
					&& ProfessionalRole.LEADER.name().equals(professional.role());
			case COORDINATING_CASEWORKER -> onCoreTeam(caller, family, today, TeamMembership::isCoordinatingCaseworker);
			case STATUTORY_CASEWORKER -> onCoreTeam(caller, family, today, TeamMembership::isStatutoryCaseworker);
			case CORE_TEAM -> onCoreTeam(caller, family, today, (membership) -> true);
			case HFI_REPRESENTATIVE -> onCoreTeam(caller, family, today,
					(membership) -> membership.role() == ProfessionalRole.HFI_REPRESENTATIVE);
			case OWNER ->
				owners.contains(caller.administration()) && onCoreTeam(caller, family, today, (membership) -> true);
		};
	}

	private static boolean onCoreTeam(Caller caller, @Nullable Family family, LocalDate today,
			Predicate<TeamMembership> role) {
		if (family == null || !(caller instanceof ProfessionalCaller professional)) {
			return false;
		}
		return family.coreTeam()
			.stream()
			.anyMatch((membership) -> membership.isActiveOn(today)
					&& membership.professionalId().equals(professional.professionalId()) && role.test(membership));
	}

}
