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
 * before any data fetcher runs (syntax, validation, variable coercion).
 */
@Component
class ErrorCodeInstrumentation extends SimplePerformantInstrumentation {

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (result.getErrors().isEmpty()
				|| result.getErrors().stream().allMatch(ErrorCodeInstrumentation::hasCode)) {
			return CompletableFuture.completedFuture(result);
		}
		List<GraphQLError> errors = result.getErrors().stream().map(ErrorCodeInstrumentation::withCode).toList();
		return CompletableFuture.completedFuture(result.transform((builder) -> builder.errors(errors)));
	}

	private static boolean hasCode(GraphQLError error) {
		return error.getExtensions() != null && error.getExtensions().containsKey("code");
	}

	private static GraphQLError withCode(GraphQLError error) {
		if (hasCode(error)) {
			return error;
		}
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", codeOf(error.getErrorType()).name());
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		return GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(error.getErrorType())
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
