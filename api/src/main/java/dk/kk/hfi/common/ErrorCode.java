package dk.kk.hfi.common;

import graphql.ErrorClassification;

/**
 * The stable error codes of the API, sent as {@code extensions.code}; also the errors'
 * classification, so no graphql-java class-like name (DataFetchingException) reaches the
 * client.
 */
public enum ErrorCode implements ErrorClassification {

	UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT, CONSENT_REQUIRED, CAPACITY_REACHED, INTERNAL,

	/**
	 * Apollo's persisted-query protocol: the hash is unknown, send the document with it.
	 */
	PERSISTED_QUERY_NOT_FOUND,

	/**
	 * Apollo's persisted-query protocol: this form (version, hash) is not supported, send
	 * the document.
	 */
	PERSISTED_QUERY_NOT_SUPPORTED,

	/** A partner client sent a document that is not registered for it. */
	TRUSTED_DOCUMENT_REQUIRED

}
