package dk.kk.hfi.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.introspection.GoodFaithIntrospection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import dk.kk.hfi.common.ErrorCode;

/**
 * Gives every error of a response a stable {@code extensions.code}, including the errors
 * graphql-java raises before any data fetcher runs (syntax, validation, variable
 * coercion, limits, graphql-java's good-faith introspection check), and classifies it by
 * that code. Messages keep only a short, sanitized prefix of anything they quote from the
 * request ({@link HttpErrors#sanitize}): graphql-java's syntax and coercion errors and
 * our not-found errors echo what the caller sent.
 * <p>
 * The outermost interceptor rather than an instrumentation: it only looks at the finished
 * response, and every instrumentation in graphql-java's chain costs a little on every
 * field.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(ErrorCodeInterceptor.class);

	/**
	 * graphql-java's good-faith introspection check: each of these coordinates at most
	 * once per request (its message names the one it found twice, in its own words).
	 */
	static final String INTROSPECTION_LIMITED = "Introspection asks for __schema, __type and a type's fields, "
			+ "inputFields, interfaces and possibleTypes at most once each per request (at most 500 fields, "
			+ "20 levels deep): ask for them once, as in __schema { types { name fields { name } } }, "
			+ "or in separate requests";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			List<GraphQLError> errors = response.getExecutionResult().getErrors();
			if (errors.isEmpty()) {
				return response;
			}
			List<GraphQLError> coded = errors.stream().map(ErrorCodeInterceptor::withCode).toList();
			return response.transform((builder) -> builder.errors(coded));
		});
	}

	/**
	 * The error with its code, classified by the code instead of graphql-java's
	 * classification.
	 */
	private static GraphQLError withCode(GraphQLError error) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.remove("classification");
		String message = error.getMessage();
		if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
			// A limit on the request like depth or complexity, refused before it runs.
			extensions.put("code", ErrorCode.BAD_USER_INPUT.name());
			extensions.put("limit", "introspection");
			message = INTROSPECTION_LIMITED;
		}
		Object code = extensions.get("code");
		ErrorCode errorCode = (code != null) ? ErrorCode.valueOf(code.toString()) : codeOf(error.getErrorType());
		extensions.put("code", errorCode.name());
		if (errorCode == ErrorCode.INTERNAL && !extensions.containsKey("correlationId")) {
			// graphql-java's own errors (a non-null field left null, say) describe its
			// internals: the caller gets a correlation id, the log the kind of error.
			String correlationId = UUID.randomUUID().toString();
			logger.error("Unexpected GraphQL error [correlationId={}]: {}", correlationId, error.getErrorType());
			extensions.put("correlationId", correlationId);
			message = "An unexpected error occurred; quote correlation id " + correlationId;
		}
		return GraphqlErrorBuilder.newError()
			.message(HttpErrors.sanitize(message))
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(errorCode)
			.extensions(extensions)
			.build();
	}

	private static ErrorCode codeOf(ErrorClassification classification) {
		if (classification == ErrorType.ValidationError || classification == ErrorType.InvalidSyntax
				|| classification == ErrorType.OperationNotSupported || classification == ErrorType.ExecutionAborted) {
			return ErrorCode.BAD_USER_INPUT;
		}
		return ErrorCode.INTERNAL;
	}

}
