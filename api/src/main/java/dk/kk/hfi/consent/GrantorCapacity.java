package dk.kk.hfi.consent;

import java.time.LocalDate;
import java.util.List;

import dk.kk.hfi.access.ConsentPolicy;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.family.Family;
import dk.kk.hfi.family.FamilyRole;
import dk.kk.hfi.family.Member;

/**
 * Whether the grantors of a consent may grant it for its subjects: a child under 15 needs every custody holder
 * (both, with joint custody); anyone aged 15 or more grants for their own data. Messages name member ids, never
 * names.
 */
final class GrantorCapacity {

	private GrantorCapacity() {
	}

	static void check(Family family, List<String> grantorIds, List<String> subjectIds, LocalDate today) {
		for (String grantorId : grantorIds) {
			Member grantor = member(family, grantorId, "input.grantorIds");
			if (isChild(grantor, today)) {
				throw HfiException.badInput(
						"input.grantorIds: member " + grantorId + " is under 15 and cannot grant consent");
			}
		}
		for (String subjectId : subjectIds) {
			Member subject = member(family, subjectId, "input.subjectIds");
			if (isChild(subject, today)) {
				if (subject.custodyHolderIds().isEmpty()) {
					throw HfiException.badInput("input.subjectIds: member " + subjectId
							+ " is under 15 and has no custody holder on record");
				}
				if (!grantorIds.containsAll(subject.custodyHolderIds())) {
					throw HfiException.badInput("input.grantorIds: every custody holder of member " + subjectId
							+ " must grant the consent (" + String.join(", ", subject.custodyHolderIds()) + ")");
				}
			}
			else if (!grantorIds.contains(subjectId)) {
				throw HfiException.badInput("input.grantorIds: member " + subjectId
						+ " is 15 or older and must grant consent for their own data");
			}
		}
	}

	private static Member member(Family family, String memberId, String field) {
		return family.member(memberId)
			.orElseThrow(() -> HfiException.badInput(field + ": " + memberId + " is not a member of the family"));
	}

	/** Under 15; a child with no date of birth on record counts as a child, an adult without one as an adult. */
	static boolean isChild(Member member, LocalDate today) {
		Integer age = member.ageOn(today);
		return (age != null) ? age < ConsentPolicy.OWN_CONSENT_AGE : member.role() == FamilyRole.CHILD;
	}

}
