package dk.kk.hfi.common;

import graphql.ErrorClassification;

/**
 * The stable error codes of the API, sent as {@code extensions.code}; also the errors' classification, so no
 * graphql-java class-like name (DataFetchingException) reaches the client.
 */
public enum ErrorCode implements ErrorClassification {

	UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT, CONSENT_REQUIRED, CAPACITY_REACHED, INTERNAL

}
