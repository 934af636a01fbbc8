package dk.kk.hfi.domain.consent;

/** The effective status of a consent on a given day. */
public enum ConsentStatus {

	DRAFT, ACTIVE, WITHDRAWN, EXPIRED, AWAITING_SIGNATURE, ENDED

}
