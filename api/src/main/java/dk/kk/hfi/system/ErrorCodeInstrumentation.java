package dk.kk.hfi.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

import org.springframework.stereotype.Component;

import dk.kk.hfi.common.ErrorCode;

/**
 * Gives every error of a response a stable {@code extensions.code}, including the errors graphql-java raises
 * before any data fetcher runs (syntax, validation, variable coercion, limits), and classifies it by that code.
 */
@Component
class ErrorCodeInstrumentation extends SimplePerformantInstrumentation {

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (result.getErrors().isEmpty()) {
			return CompletableFuture.completedFuture(result);
		}
		List<GraphQLError> errors = result.getErrors().stream().map(ErrorCodeInstrumentation::withCode).toList();
		return CompletableFuture.completedFuture(result.transform((builder) -> builder.errors(errors)));
	}

	/** The error with its code, classified by the code instead of graphql-java's classification. */
	private static GraphQLError withCode(GraphQLError error) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.remove("classification");
		Object code = extensions.get("code");
		ErrorCode errorCode = (code != null) ? ErrorCode.valueOf(code.toString()) : codeOf(error.getErrorType());
		extensions.put("code", errorCode.name());
		return GraphqlErrorBuilder.newError()
			.message(error.getMessage())
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
