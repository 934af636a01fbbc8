package dk.kk.hfi.access;

import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.relay.Connection;
import graphql.relay.Edge;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dk.kk.hfi.domain.family.Family;

/**
 * Wraps fields that return families: announces every family to the request's access
 * context before any of its fields run, so the consents of a whole page load in one query
 * instead of one per family.
 */
final class FamilyRegistrar implements DataFetcher<Object> {

	private final DataFetcher<?> delegate;

	FamilyRegistrar(DataFetcher<?> delegate) {
		this.delegate = delegate;
	}

	@Override
	public Object get(DataFetchingEnvironment env) throws Exception {
		Object result = this.delegate.get(env);
		AccessContext access = AccessContext.of(env.getGraphQlContext());
		if (access == null) {
			return result;
		}
		if (result instanceof Mono<?> mono) {
			return mono.doOnNext((value) -> register(access, value));
		}
		if (result instanceof Flux<?> flux) {
			return flux.doOnNext((value) -> register(access, value));
		}
		if (result instanceof CompletionStage<?> stage) {
			return stage.thenApply((value) -> {
				register(access, value);
				return value;
			});
		}
		register(access, result);
		return result;
	}

	private static void register(AccessContext access, @Nullable Object value) {
		if (value instanceof Family family) {
			access.register(family);
		}
		else if (value instanceof DataFetcherResult<?> result) {
			register(access, result.getData());
		}
		else if (value instanceof Connection<?> connection) {
			connection.getEdges().forEach((edge) -> register(access, edge));
		}
		else if (value instanceof Edge<?> edge) {
			register(access, edge.getNode());
		}
		else if (value instanceof Iterable<?> values) {
			values.forEach((element) -> register(access, element));
		}
	}

}
