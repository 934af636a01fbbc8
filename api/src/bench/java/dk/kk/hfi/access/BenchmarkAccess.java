package dk.kk.hfi.access;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.server.WebGraphQlInterceptor;

import dk.kk.hfi.bench.BenchmarkBeans;

/**
 * The benchmark harness's switch and counters of the access mechanism. This class exists only in the benchmark
 * source set ({@code src/bench/java}, compiled only with the {@code benchmark} Maven profile), never in the
 * application: its {@link Wiring} wraps every {@link FieldGuard} the schema holds at the top of a field in a
 * switch of its own (the guard around {@code Plan.history}, inside its record withholder, stays on; the benchmark
 * does not read it), and counts the request's policy evaluations from its access context. The application's reads
 * carry none of this.
 */
public final class BenchmarkAccess {

	private static volatile boolean enforcing = true;

	private static volatile boolean counting;

	private static volatile boolean installed;

	private static final LongAdder guardedReads = new LongAdder();

	private static final LongAdder policyEvaluations = new LongAdder();

	private BenchmarkAccess() {
	}

	public static void enforcement(boolean on) {
		if (!installed) {
			throw new IllegalStateException("The access switch is not installed: import BenchmarkAccess.Wiring");
		}
		enforcing = on;
	}

	public static void counting(boolean on) {
		counting = on;
	}

	public static void resetCounts() {
		guardedReads.reset();
		policyEvaluations.reset();
	}

	public static long guardedReads() {
		return guardedReads.sum();
	}

	public static long policyEvaluations() {
		return policyEvaluations.sum();
	}

	/** Installs the switch around the guards, after the access mechanism's schema visitor, and the counting. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Wiring {

		@Bean
		static BeanPostProcessor benchmarkAccessSwitch() {
			return BenchmarkBeans.wrapping("accessSchemaCustomizer", GraphQlSourceBuilderCustomizer.class,
					(access) -> (builder) -> {
						access.customize(builder);
						builder.typeVisitors(List.of(new SwitchVisitor()));
					});
		}

		@Bean
		WebGraphQlInterceptor benchmarkPolicyCounter() {
			return (request, chain) -> chain.next(request).doOnNext((response) -> {
				AccessContext access = AccessContext.of(response.getExecutionInput().getGraphQLContext());
				if (counting && access != null) {
					policyEvaluations.add(access.policyEvaluations());
				}
			});
		}

	}

	private static final class SwitchVisitor extends GraphQLTypeVisitorStub {

		@Override
		public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
				TraverserContext<GraphQLSchemaElement> context) {
			if (context.getParentNode() instanceof GraphQLObjectType parent) {
				GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
				FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
				if (registry.getDataFetcher(coordinates, field) instanceof FieldGuard guard) {
					registry.dataFetcher(coordinates, (guard instanceof TrivialDataFetcher<?>)
							? new TrivialSwitchedGuard(guard) : new SwitchedGuard(guard));
				}
			}
			installed = true;
			return TraversalControl.CONTINUE;
		}

	}

	/** Counts the guarded read and, with enforcement off, reads around the guard. */
	private static class SwitchedGuard implements DataFetcher<Object> {

		private final FieldGuard guard;

		SwitchedGuard(FieldGuard guard) {
			this.guard = guard;
		}

		@Override
		public Object get(DataFetchingEnvironment env) throws Exception {
			if (counting) {
				guardedReads.increment();
			}
			return enforcing ? this.guard.get(env) : this.guard.delegate().get(env);
		}

	}

	private static final class TrivialSwitchedGuard extends SwitchedGuard implements TrivialDataFetcher<Object> {

		TrivialSwitchedGuard(FieldGuard guard) {
			super(guard);
		}

	}

}
