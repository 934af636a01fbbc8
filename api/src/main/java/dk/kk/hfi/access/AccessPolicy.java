package dk.kk.hfi.access;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.caller.PartnerClientCaller;
import dk.kk.hfi.domain.consent.ConsentPurpose;
import dk.kk.hfi.domain.consent.ConsentStatus;
import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.consent.ProvisionDenial;
import dk.kk.hfi.domain.course.CourseStatus;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.Member;

/**
 * The access policy, as a pure function of the caller, the family, its current consents
 * and the record: row scope, partner limits, basic identity, own data, then consent, with
 * deny winning over permit. It decides every basis, consent being only the last one
 * tried.
 */
public final class AccessPolicy {

	private AccessPolicy() {
	}

	/**
	 * Whether the caller may read the category in every family of its scope, whatever the
	 * consents say: what a filter over the whole scope needs. Only basic identity is, and
	 * for a partner client only when granted (the first rules of {@link #decide}).
	 */
	static boolean readsAcrossScope(Caller caller, DataCategory category) {
		if (caller instanceof PartnerClientCaller client && !client.categories().contains(category)) {
			return false;
		}
		return category == DataCategory.BASIC_IDENTITY;
	}

	public static AccessDecision decide(Caller caller, @Nullable Family family, List<ConsentVersion> consents,
			DataCategory category, Set<Administration> owners, Collection<String> subjectIds, LocalDate today) {
		if (family == null || !FamilyScope.covers(caller, family, today)) {
			return AccessDecision.deny(DenialReason.NOT_COVERED);
		}
		if (caller instanceof PartnerClientCaller client && !client.categories().contains(category)) {
			return AccessDecision.deny(DenialReason.NOT_GRANTED);
		}
		if (category == DataCategory.BASIC_IDENTITY) {
			return AccessDecision.permit(Basis.TEAM_COLLABORATION);
		}
		if (owners.contains(caller.administration())) {
			return AccessDecision.permit(Basis.OWN_DATA);
		}
		// Closing the course ends the HFI consents with it, from the very next request.
		if (family.course() != null && family.course().status() == CourseStatus.CLOSED) {
			return AccessDecision.deny(DenialReason.EXPIRED);
		}
		// A record about no member in particular is about the whole family: every member
		// must be covered.
		Collection<String> subjects = subjectIds.isEmpty() ? family.subjectIds() : subjectIds;
		AccessDecision decision = AccessDecision.deny(DenialReason.NO_CONSENT);
		for (String subjectId : subjects) {
			decision = decideForSubject(caller.administration(), family.member(subjectId), consents, category, today);
			if (!decision.permitted()) {
				return decision;
			}
		}
		return decision;
	}

	private static AccessDecision decideForSubject(Administration recipient, Optional<Member> subject,
			List<ConsentVersion> consents, DataCategory category, LocalDate today) {
		if (subject.isEmpty()) {
			return AccessDecision.deny(DenialReason.NO_CONSENT);
		}
		Member member = subject.get();
		boolean anyInForce = false;
		boolean anyWithdrawn = false;
		boolean anyPartWithdrawn = false;
		boolean anyAwaiting = false;
		boolean anyExpired = false;
		for (ConsentVersion consent : consents) {
			if (consent.purpose() != ConsentPurpose.HFI || !consent.subjectIds().contains(member.id())) {
				continue;
			}
			ConsentStatus status = consent.statusOn(today);
			anyWithdrawn |= status == ConsentStatus.WITHDRAWN;
			anyExpired |= status == ConsentStatus.EXPIRED || status == ConsentStatus.ENDED;
			anyAwaiting |= status == ConsentStatus.AWAITING_SIGNATURE;
			if (status != ConsentStatus.ACTIVE) {
				continue;
			}
			anyInForce = true;
			if (withdrawnInPart(consent, recipient, category, member.id())) {
				anyPartWithdrawn = true;
				continue;
			}
			if (consent.period().contains(today) && grantedWithCapacity(consent, member, today)
					&& permits(consent, recipient, category, member.id())) {
				return AccessDecision.permitByConsent(consent.consentId(), consent.version());
			}
		}
		// The most actionable reason first: what the family withdrew, what a consent in
		// force leaves out, a consent awaiting its signature, then what ended.
		if (anyPartWithdrawn) {
			return AccessDecision.deny(DenialReason.WITHDRAWN);
		}
		if (anyInForce) {
			return AccessDecision.deny(DenialReason.NOT_COVERED);
		}
		if (anyAwaiting) {
			return AccessDecision.deny(DenialReason.AWAITING_SIGNATURE);
		}
		if (anyWithdrawn) {
			return AccessDecision.deny(DenialReason.WITHDRAWN);
		}
		return AccessDecision.deny(anyExpired ? DenialReason.EXPIRED : DenialReason.NO_CONSENT);
	}

	/** A member aged 15 or more must be among the grantors for their own data. */
	static boolean grantedWithCapacity(ConsentVersion consent, Member subject, LocalDate today) {
		return subject.isUnderOwnConsentAge(today) || consent.grantorIds().contains(subject.id());
	}

	/**
	 * Some provision permits, and no denial anywhere in the consent applies: deny wins.
	 */
	private static boolean permits(ConsentVersion consent, Administration recipient, DataCategory category,
			String subjectId) {
		boolean permitted = consent.provisions()
			.stream()
			.anyMatch((provision) -> provision.recipients().contains(recipient)
					&& provision.categories().contains(category));
		boolean denied = consent.provisions()
			.stream()
			.flatMap((provision) -> provision.exceptions().stream())
			.anyMatch((deny) -> denies(deny, recipient, category, subjectId));
		return permitted && !denied;
	}

	/**
	 * The family withdrew this part of the consent: it stays denied in every later
	 * version.
	 */
	private static boolean withdrawnInPart(ConsentVersion consent, Administration recipient, DataCategory category,
			String subjectId) {
		return consent.partialWithdrawals()
			.stream()
			.anyMatch((withdrawal) -> denies(withdrawal.denial(), recipient, category, subjectId));
	}

	private static boolean denies(ProvisionDenial deny, Administration recipient, DataCategory category,
			String subjectId) {
		return deny.categories().contains(category)
				&& (deny.recipients().isEmpty() || deny.recipients().contains(recipient))
				&& (deny.subjectIds().isEmpty() || deny.subjectIds().contains(subjectId));
	}

}
