package dk.kk.hfi.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.kk.hfi.common.ErrorCode;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.Member;

/**
 * Whether the grantors of a consent may grant it for its subjects: a child under 15 needs
 * every custody holder (both, with joint custody); anyone aged 15 or more grants for
 * their own data. Messages name no member. The answer, refused or accepted, tells the
 * members' age and custody: the mutations that check it declare that their caller must be
 * permitted to read both ({@code @allow(reading: [IDENTITY, FAMILY_RELATIONS])}), so the
 * refusals say why.
 */
final class GrantorCapacity {

	private GrantorCapacity() {
	}

	/**
	 * Fails with BAD_USER_INPUT when the grantors cannot give the consent, saying why
	 * (age, custody).
	 */
	static void check(Family family, List<String> grantorIds, List<String> subjectIds, LocalDate today) {
		for (String grantorId : grantorIds) {
			Member grantor = member(family, grantorId, "input.grantorIds");
			if (grantor.isUnderOwnConsentAge(today)) {
				throw refusal("input.grantorIds", "GRANTOR_UNDER_15", "a grantor is under 15 and cannot grant consent");
			}
		}
		for (String subjectId : subjectIds) {
			Member subject = member(family, subjectId, "input.subjectIds");
			if (subject.isUnderOwnConsentAge(today)) {
				if (subject.custodyHolderIds().isEmpty()) {
					throw refusal("input.subjectIds", "NO_CUSTODY_HOLDER",
							"a member under 15 has no custody holder on record: register custody first");
				}
				if (!grantorIds.containsAll(subject.custodyHolderIds())) {
					throw refusal("input.grantorIds", "CUSTODY_HOLDER_MISSING",
							"every custody holder of a member under 15 must grant the consent");
				}
			}
			else if (!grantorIds.contains(subjectId)) {
				throw refusal("input.grantorIds", "OWN_CONSENT_REQUIRED",
						"a member aged 15 or more must grant consent for their own data");
			}
		}
	}

	private static HfiException refusal(String field, String reason, String why) {
		return new HfiException(ErrorCode.BAD_USER_INPUT, field + ": " + why, Map.of("field", field, "reason", reason));
	}

	private static Member member(Family family, String memberId, String field) {
		return family.member(memberId)
			.orElseThrow(() -> new HfiException(ErrorCode.BAD_USER_INPUT, field + ": not a member of the family",
					Map.of("field", field, "reason", "NOT_A_MEMBER")));
	}

}
