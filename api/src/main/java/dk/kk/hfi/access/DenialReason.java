package dk.kk.hfi.access;

/** Why a field was denied, sent as {@code extensions.reason}. */
public enum DenialReason {

	/** No consent of the family covers the member. */
	NO_CONSENT,
	/** The consent covering the member was withdrawn. */
	WITHDRAWN,
	/** The consent covering the member has expired. */
	EXPIRED,
	/**
	 * A consent is in force but does not cover this administration, category or member
	 * (or not yet).
	 */
	NOT_COVERED,
	/**
	 * A partner client's fixed grant does not include the category: no consent can change
	 * that.
	 */
	NOT_GRANTED,
	/**
	 * An oral consent is noted, but the grantors' signature evidence is not yet
	 * registered.
	 */
	AWAITING_SIGNATURE

}
