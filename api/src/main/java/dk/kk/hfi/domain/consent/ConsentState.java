package dk.kk.hfi.domain.consent;

/**
 * The stored state of a consent version; expiry is derived from the period, never stored.
 */
public enum ConsentState {

	DRAFT, ACTIVE, WITHDRAWN,
	/** Ended with the course: a closed course shares nothing more. */
	ENDED

}
