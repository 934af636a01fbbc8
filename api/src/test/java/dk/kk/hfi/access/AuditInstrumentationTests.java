package dk.kk.hfi.access;

import java.io.IOException;
import java.util.Map;

import com.mongodb.MongoSocketWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoCollection;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import dk.kk.hfi.audit.AccessLogEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** When the audit cannot be written, the personal data is not sent. */
class AuditInstrumentationTests {

	@Test
	void failedAuditWriteWithholdsTheDataWithAnInternalError() throws Exception {
		MongoTemplate mongo = mock(MongoTemplate.class);
		MongoCollection<Document> collection = mock();
		MongoCollection<AccessLogEntry> events = mock();
		when(mongo.getCollectionName(AccessLogEntry.class)).thenReturn("auditEvents");
		when(mongo.getCollection("auditEvents")).thenReturn(collection);
		when(collection.withDocumentClass(AccessLogEntry.class)).thenReturn(events);
		when(events.insertMany(anyList())).thenThrow(
				new MongoSocketWriteException("store down", new ServerAddress(), new IOException("broken pipe")));
		AuditTrail trail = AuditTrailFixtures.withOneDisclosure();
		ExecutionInput input = ExecutionInput.newExecutionInput("{ family(id: \"f\") { name } }")
			.graphQLContext((context) -> context.of(AuditTrail.class, trail))
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
