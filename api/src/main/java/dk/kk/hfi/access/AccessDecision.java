package dk.kk.hfi.access;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of the policy for one (record owners, subjects, category): a basis, or a
 * reason for denial.
 */
public record AccessDecision(@Nullable Basis basis, @Nullable String consentId, @Nullable Integer consentVersion,
		@Nullable DenialReason reason) {

	static AccessDecision permit(Basis basis) {
		return new AccessDecision(basis, null, null, null);
	}

	static AccessDecision permitByConsent(String consentId, int version) {
		return new AccessDecision(Basis.CONSENT, consentId, version, null);
	}

	static AccessDecision deny(DenialReason reason) {
		return new AccessDecision(null, null, null, reason);
	}

	public boolean permitted() {
		return this.reason == null;
	}

}
