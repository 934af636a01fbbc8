package dk.kk.hfi.common;

/** The stable error codes of the API, sent as {@code extensions.code}. */
public enum ErrorCode {

	UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT, CONSENT_REQUIRED, CAPACITY_REACHED, INTERNAL

}
