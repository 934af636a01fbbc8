package dk.kk.hfi.access;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import dk.kk.hfi.audit.AccessLogEntry;
import dk.kk.hfi.audit.ReportAuditEvent;

/**
 * Writes the request's audit events in one bulk insert (and its report reads in one more)
 * before the response leaves. If that write fails, the personal data is not sent: the
 * response becomes an INTERNAL error without data.
 */
@Component
class AuditInstrumentation extends SimplePerformantInstrumentation {

	private static final Logger logger = LoggerFactory.getLogger(AuditInstrumentation.class);

	private final MongoTemplate mongo;

	AuditInstrumentation(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		AuditTrail trail = AuditTrail.of(parameters.getExecutionContext().getGraphQLContext());
		if (trail != null) {
			trail.nameOperation(parameters.getExecutionContext().getOperationDefinition().getName());
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		AuditTrail trail = AuditTrail.of(parameters.getGraphQLContext());
		if (trail == null) {
			return CompletableFuture.completedFuture(result);
		}
		List<AccessLogEntry> events = trail.events();
		ReportAuditEvent reports = trail.reportEvent("GRAPHQL");
		if (events.isEmpty() && reports == null) {
			return CompletableFuture.completedFuture(result);
		}
		try {
			if (!events.isEmpty()) {
				this.mongo.getCollection(this.mongo.getCollectionName(AccessLogEntry.class))
					.withDocumentClass(AccessLogEntry.class)
					.insertMany(events);
			}
			if (reports != null) {
				this.mongo.insert(reports);
			}
			return CompletableFuture.completedFuture(result);
		}
		catch (RuntimeException ex) {
			String correlationId = UUID.randomUUID().toString();
			logger.error("Audit write failed [correlationId={}]: {}; personal data withheld", correlationId,
					ex.getClass().getName());
			return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult()
				.data(null)
				.addError(GraphqlErrorBuilder.newError()
					.message("The response could not be put on record and was withheld; quote correlation id "
							+ correlationId)
					.extensions(Map.of("code", "INTERNAL", "correlationId", correlationId))
					.build())
				.build());
		}
	}

}
