package dk.kk.hfi.system;

import java.util.List;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * graphql-java's own errors (a non-null field left null, say) reach the caller coded and
 * without graphql-java's description of its internals.
 */
class ErrorCodeInterceptorTests {

	@Test
	void anUncodedExecutionErrorBecomesInternalWithACorrelationIdInsteadOfItsMessage() {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.message("The field at path '/updateMeasure/measure' was declared as a non null type, but the code "
						+ "involved in retrieving data has wrongly returned a null value")
				.path(ResultPath.parse("/updateMeasure/measure"))
				.errorType(ErrorType.DataFetchingException)
				.build())
			.build();
		WebGraphQlResponse response = new WebGraphQlResponse(
				new DefaultExecutionGraphQlResponse(mock(graphql.ExecutionInput.class), result));

		List<ResponseError> errors = new ErrorCodeInterceptor()
			.intercept(mock(WebGraphQlRequest.class), (request) -> Mono.just(response))
			.map(ExecutionGraphQlResponse::getErrors)
			.block();

		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "INTERNAL").containsKey("correlationId");
			assertThat(error.getMessage())
				.isEqualTo("An unexpected error occurred; quote correlation id "
						+ error.getExtensions().get("correlationId"))
				.doesNotContain("non null");
			assertThat(error.getParsedPath()).isEqualTo(List.of("updateMeasure", "measure"));
		});
	}

}
