package dk.kk.hfi.access;

import java.time.LocalDate;

import org.springframework.data.mongodb.core.query.Criteria;

import dk.kk.hfi.caller.Caller;
import dk.kk.hfi.caller.PartnerClientCaller;
import dk.kk.hfi.caller.ProfessionalCaller;

/**
 * Row-level access: the families a caller may see at all. A professional sees the families whose core team
 * they are actively on, the support team sees every family, a partner client sees its administration's
 * caseload. Every family look-up adds this criterion, so a family outside it behaves exactly like one that
 * does not exist.
 */
public final class FamilyScope {

	private FamilyScope() {
	}

	public static Criteria visibleTo(Caller caller, LocalDate today) {
		if (caller instanceof ProfessionalCaller professional) {
			if (professional.supportTeam()) {
				return new Criteria();
			}
			return Criteria.where("coreTeam")
				.elemMatch(activeOn(today).and("professionalId").is(professional.professionalId()));
		}
		if (caller instanceof PartnerClientCaller client) {
			return Criteria.where("coreTeam").elemMatch(activeOn(today).and("administration").is(client.administration()));
		}
		throw new IllegalArgumentException("Unknown caller kind");
	}

	/** Whether the caller is within scope of the family document: the in-memory twin of {@link #visibleTo}. */
	public static boolean covers(Caller caller, dk.kk.hfi.family.Family family, LocalDate today) {
		if (caller instanceof ProfessionalCaller professional) {
			return professional.supportTeam() || family.coreTeam()
				.stream()
				.anyMatch((membership) -> membership.isActiveOn(today)
						&& membership.professionalId().equals(professional.professionalId()));
		}
		PartnerClientCaller client = (PartnerClientCaller) caller;
		return family.coreTeam()
			.stream()
			.anyMatch((membership) -> membership.isActiveOn(today)
					&& membership.administration() == client.administration());
	}

	/** A core-team membership active on the day, for use inside {@code $elemMatch}. */
	public static Criteria activeOn(LocalDate today) {
		return Criteria.where("since")
			.lte(today)
			.orOperator(Criteria.where("until").is(null), Criteria.where("until").gt(today));
	}

}
