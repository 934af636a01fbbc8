package dk.kk.hfi.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

import dk.kk.hfi.common.ErrorCode;
import dk.kk.hfi.common.HfiException;

/**
 * Turns every exception a data fetcher throws into an error with a stable
 * {@code extensions.code}. Messages are written here, never copied from the exception:
 * driver messages echo stored values (a duplicate key is a CPR number), and stack traces
 * and class names stay in the server log.
 */
@Component
class GraphQlErrorResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger logger = LoggerFactory.getLogger(GraphQlErrorResolver.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof HfiException hfi) {
			// Every HfiException is made with its message.
			return error(env, hfi.code(), Objects.requireNonNull(hfi.getMessage()), hfi.extensions());
		}
		if (ex instanceof ConstraintViolationException violations) {
			return invalidInput(env, violations);
		}
		if (ex instanceof OptimisticLockingFailureException) {
			return error(env, ErrorCode.CONFLICT,
					"The record was changed by someone else since you read it: reload and apply your change again",
					Map.of());
		}
		if (ex instanceof DuplicateKeyException) {
			return error(env, ErrorCode.CONFLICT, "A record with the same key already exists", Map.of());
		}
		if (ex instanceof AccessDeniedException) {
			return error(env, ErrorCode.FORBIDDEN, "You are not allowed to do this", Map.of());
		}
		if (ex instanceof AuthenticationException) {
			return error(env, ErrorCode.UNAUTHENTICATED, "Authentication is required", Map.of());
		}
		String correlationId = UUID.randomUUID().toString();
		// The exception message may carry stored values: log the type and the stack
		// frames, not the message.
		logger.error("Unexpected failure [correlationId={}] in {}: {}", correlationId,
				env.getExecutionStepInfo().getPath(), ex.getClass().getName(), withoutMessage(ex));
		return error(env, ErrorCode.INTERNAL, "An unexpected error occurred; quote correlation id " + correlationId,
				Map.of("correlationId", correlationId));
	}

	private static GraphQLError invalidInput(DataFetchingEnvironment env, ConstraintViolationException ex) {
		List<Map<String, String>> fields = ex.getConstraintViolations()
			.stream()
			.map((violation) -> Map.of("field", fieldOf(violation), "message", violation.getMessage()))
			.sorted((a, b) -> Objects.requireNonNull(a.get("field")).compareTo(b.get("field")))
			.toList();
		StringBuilder message = new StringBuilder("Invalid input: ");
		for (int i = 0; i < fields.size(); i++) {
			message.append((i > 0) ? "; " : "")
				.append(fields.get(i).get("field"))
				.append(' ')
				.append(fields.get(i).get("message"));
		}
		return error(env, ErrorCode.BAD_USER_INPUT, message.toString(), Map.of("fields", fields));
	}

	/** The argument path without the method name, e.g. {@code input.members[0].cpr}. */
	private static String fieldOf(ConstraintViolation<?> violation) {
		String path = violation.getPropertyPath().toString().replace(".<list element>", "");
		int firstDot = path.indexOf('.');
		return (firstDot >= 0) ? path.substring(firstDot + 1) : path;
	}

	static Throwable withoutMessage(Throwable ex) {
		RuntimeException copy = new RuntimeException(ex.getClass().getName());
		copy.setStackTrace(ex.getStackTrace());
		return copy;
	}

	static GraphQLError error(DataFetchingEnvironment env, ErrorCode code, String message,
			Map<String, Object> extensions) {
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("code", code.name());
		all.putAll(extensions);
		return GraphqlErrorBuilder.newError(env).message(message).extensions(all).build();
	}

}
