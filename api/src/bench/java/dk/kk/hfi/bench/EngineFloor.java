package dk.kk.hfi.bench;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.DataFetcherFactory;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLUnionType;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.TypeResolver;

/**
 * graphql-java on its own: the application's schema with every data fetcher replaced by a property look-up, run
 * over a response already held in memory. No data access, no Spring, no access checks, no audit: what is left of a
 * request's cost is the engine's, which puts the per-field target in perspective.
 */
final class EngineFloor {

	private final GraphQL graphQl;

	EngineFloor(GraphQLSchema schema) {
		DataFetcherFactory<?> properties = (environment) -> PropertyDataFetcher
			.fetching(environment.getFieldDefinition().getName());
		TypeResolver byTypeName = (environment) -> environment.getSchema()
			.getObjectType((String) ((Map<?, ?>) environment.getObject()).get("__typename"));
		GraphQLCodeRegistry.Builder registry = GraphQLCodeRegistry.newCodeRegistry(schema.getCodeRegistry())
			.clearDataFetchers()
			.clearTypeResolvers()
			.defaultDataFetcher(properties);
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type instanceof GraphQLUnionType || type instanceof GraphQLInterfaceType) {
				registry.typeResolver(type.getName(), byTypeName);
			}
		}
		GraphQLSchema inMemory = schema.transform((builder) -> builder.codeRegistry(registry.build()));
		Map<String, PreparsedDocumentEntry> parsed = new ConcurrentHashMap<>();
		PreparsedDocumentProvider cache = (input, parseAndValidate) -> CompletableFuture
			.completedFuture(parsed.computeIfAbsent(input.getQuery(), (query) -> parseAndValidate.apply(input)));
		this.graphQl = GraphQL.newGraphQL(inMemory).preparsedDocumentProvider(cache).build();
	}

	/** Runs the query over {@code data}, the {@code data} of an earlier response, and returns the result. */
	Map<String, Object> execute(String query, Object data) {
		ExecutionResult result = this.graphQl.execute(ExecutionInput.newExecutionInput(query).root(data).build());
		if (!result.getErrors().isEmpty()) {
			throw new IllegalStateException("Engine floor query failed: " + result.getErrors().get(0).getMessage());
		}
		return result.toSpecification();
	}

}
