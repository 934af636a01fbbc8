package dk.kk.hfi.system;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Definition;
import graphql.language.Field;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SelectionSetContainer;

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
	MaxQueryDepthInstrumentation maxQueryDepthInstrumentation() {
		return new MaxQueryDepthInstrumentation(MAX_DEPTH);
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexityInstrumentation() {
		return new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY);
	}

	@Bean
	AliasLimitInstrumentation aliasLimitInstrumentation() {
		return new AliasLimitInstrumentation(MAX_ALIASES);
	}

	/** Rejects documents with more aliased fields than allowed (alias flooding multiplies work). */
	static final class AliasLimitInstrumentation extends SimplePerformantInstrumentation {

		private final int maxAliases;

		AliasLimitInstrumentation(int maxAliases) {
			this.maxAliases = maxAliases;
		}

		@Override
		public InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
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
