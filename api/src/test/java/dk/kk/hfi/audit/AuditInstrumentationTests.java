package dk.kk.hfi.audit;

import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

import dk.kk.hfi.access.AccessContextFixtures;
import dk.kk.hfi.access.AccessContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** When the audit cannot be written, the personal data is not sent. */
class AuditInstrumentationTests {

	@Test
	void failedAuditWriteWithholdsTheDataWithAnInternalError() throws Exception {
		MongoTemplate mongo = mock(MongoTemplate.class);
		when(mongo.insert(any(java.util.Collection.class), eq(AuditEvent.class)))
			.thenThrow(new DataAccessResourceFailureException("store down"));
		AccessContext access = AccessContextFixtures.withOneDisclosure();
		ExecutionInput input = ExecutionInput.newExecutionInput("{ family(id: \"f\") { name } }")
			.graphQLContext((context) -> context.of(AccessContext.class, access))
			.build();
		ExecutionResult original = ExecutionResultImpl.newExecutionResult()
			.data(Map.of("family", Map.of("name", "Familien Hemmelig")))
			.build();

		ExecutionResult result = new AuditInstrumentation(mongo)
			.instrumentExecutionResult(original, new InstrumentationExecutionParameters(input, null), null)
			.get();

		assertThat((Object) result.getData()).isNull();
		assertThat(result.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "INTERNAL")
				.containsKey("correlationId"));
		assertThat(result.toSpecification().toString()).doesNotContain("Hemmelig");
	}

}
