package dk.kk.hfi.system;

import java.util.List;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Limits on every request, checked on the document before execution by {@link QueryCost}:
 * depth, complexity (page sizes multiply, fragments count where they are spread) and
 * aliases; page sizes themselves are refused out of range on each field by
 * {@link PageSizeGuard}, in the ranges of {@link dk.kk.hfi.common.Paging}. A request over
 * a limit is rejected with BAD_USER_INPUT naming the limit.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

	static final int MAX_DEPTH = 15;

	/**
	 * Roughly the field values a response may hold: a professional's whole caseload page
	 * (the benchmark's 1000 families of ~45 fields: 48 002) fits; 30 aliased pages of 100
	 * families with their details (147 000) do not.
	 */
	static final int MAX_COMPLEXITY = 50_000;

	static final int MAX_ALIASES = 30;

	static final Limits LIMITS = new Limits(MAX_DEPTH, MAX_COMPLEXITY, MAX_ALIASES);

	@Bean
	RequestLimitsInstrumentation requestLimitsInstrumentation() {
		return new RequestLimitsInstrumentation(LIMITS);
	}

	/**
	 * First among the schema's visitors, so the access mechanism's guards wrap the page
	 * size check: a caller who may not run the operation is refused for that first.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	GraphQlSourceBuilderCustomizer pageSizeGuardCustomizer() {
		return (builder) -> builder.typeVisitors(List.of(new PageSizeGuard()));
	}

	record Limits(int maxDepth, int maxComplexity, int maxAliases) {
	}

	/**
	 * The checks as one instrumentation: each instrumentation in graphql-java's chain
	 * costs a little on every field of every response, and these only look at the
	 * document.
	 */
	static final class RequestLimitsInstrumentation extends SimplePerformantInstrumentation {

		private final Limits limits;

		RequestLimitsInstrumentation(Limits limits) {
			this.limits = limits;
		}

		@Override
		public InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			ExecutionContext context = parameters.getExecutionContext();
			GraphQLSchema schema = context.getGraphQLSchema();
			OperationDefinition operation = context.getOperationDefinition();
			GraphQLFieldsContainer root = switch (operation.getOperation()) {
				case MUTATION -> schema.getMutationType();
				case SUBSCRIPTION -> schema.getSubscriptionType();
				default -> schema.getQueryType();
			};
			QueryCost.check(schema, root, operation.getSelectionSet(), context.getFragmentsByName(),
					context.getCoercedVariables().toMap(), this.limits);
			return SimpleInstrumentationContext.noOp();
		}

	}

}
