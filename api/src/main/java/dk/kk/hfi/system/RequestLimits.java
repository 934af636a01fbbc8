package dk.kk.hfi.system;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Definition;
import graphql.language.Field;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SelectionSetContainer;
import graphql.validation.ValidationError;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits on every request, from graphql-java's instrumentation: query depth, complexity and aliases (page sizes
 * are capped by {@link dk.kk.hfi.common.Paging}). A request over a limit is rejected before execution with
 * BAD_USER_INPUT.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

	static final int MAX_DEPTH = 15;

	static final int MAX_COMPLEXITY = 1500;

	static final int MAX_ALIASES = 30;

	@Bean
	RequestLimitsInstrumentation requestLimitsInstrumentation() {
		return new RequestLimitsInstrumentation(MAX_DEPTH, MAX_COMPLEXITY, MAX_ALIASES);
	}

	/**
	 * The three limits as one instrumentation: each instrumentation in graphql-java's chain costs a little on every
	 * field of every response, so these checks, which only look at the document, share one link.
	 */
	static final class RequestLimitsInstrumentation extends SimplePerformantInstrumentation {

		private final MaxQueryDepthInstrumentation depth;

		private final MaxQueryComplexityInstrumentation complexity;

		private final int maxAliases;

		RequestLimitsInstrumentation(int maxDepth, int maxComplexity, int maxAliases) {
			this.depth = new MaxQueryDepthInstrumentation(maxDepth);
			this.complexity = new MaxQueryComplexityInstrumentation(maxComplexity);
			this.maxAliases = maxAliases;
		}

		/** The state is the complexity check's (it counts while the document is validated). */
		@Override
		public CompletableFuture<InstrumentationState> createStateAsync(
				InstrumentationCreateStateParameters parameters) {
			return this.complexity.createStateAsync(parameters);
		}

		@Override
		public InstrumentationContext<List<ValidationError>> beginValidation(
				InstrumentationValidationParameters parameters, InstrumentationState state) {
			return this.complexity.beginValidation(parameters, state);
		}

		@Override
		public InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			this.depth.beginExecuteOperation(parameters, null);
			this.complexity.beginExecuteOperation(parameters, state);
			AtomicInteger aliases = new AtomicInteger();
			for (Definition<?> definition : parameters.getExecutionContext().getDocument().getDefinitions()) {
				if (definition instanceof SelectionSetContainer<?> container) {
					countAliases(container.getSelectionSet(), aliases);
				}
			}
			if (aliases.get() > this.maxAliases) {
				throw new AbortExecutionException("Too many aliases: " + aliases.get() + " > " + this.maxAliases);
			}
			return SimpleInstrumentationContext.noOp();
		}

		private static void countAliases(SelectionSet selections, AtomicInteger aliases) {
			if (selections == null) {
				return;
			}
			for (Selection<?> selection : selections.getSelections()) {
				if (selection instanceof Field field && field.getAlias() != null) {
					aliases.incrementAndGet();
				}
				if (selection instanceof SelectionSetContainer<?> container) {
					countAliases(container.getSelectionSet(), aliases);
				}
			}
		}

	}

}
