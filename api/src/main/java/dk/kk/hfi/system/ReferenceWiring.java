package dk.kk.hfi.system;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaDirectiveWiring;
import graphql.schema.idl.SchemaDirectiveWiringEnvironment;
import org.dataloader.DataLoader;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.domain.professional.Professional;

/**
 * Resolves every field declared {@code @reference}: the member or professional a record
 * refers to by id, through the batch loader of its type. The fetchers are in place before
 * the access mechanism's schema visitor runs, so it guards them like any other.
 */
@Component
class ReferenceWiring implements RuntimeWiringConfigurer {

	static final String DIRECTIVE = "reference";

	/** The batch loaders by the schema type they load (named after the Java type). */
	private static final Map<String, String> LOADERS = Map.of("Member", Member.class.getName(), "Professional",
			Professional.class.getName());

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.directive(DIRECTIVE, new SchemaDirectiveWiring() {

			@Override
			public GraphQLFieldDefinition onField(SchemaDirectiveWiringEnvironment<GraphQLFieldDefinition> env) {
				GraphQLFieldDefinition field = env.getElement();
				String id = Objects.requireNonNull(env.getAppliedDirective().getArgument("id")).getValue();
				String type = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType())).getName();
				String loader = LOADERS.get(type);
				if (loader == null) {
					throw new IllegalStateException(field.getName() + ": no batch loader for " + type);
				}
				return env.setFieldDataFetcher(new ReferenceFetcher(PropertyDataFetcher.fetching(id), loader,
						GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()))));
			}

		});
	}

	private record ReferenceFetcher(DataFetcher<?> ids, String loader, boolean many) implements DataFetcher<Object> {

		@Override
		public CompletableFuture<?> get(DataFetchingEnvironment env) throws Exception {
			Object ids = this.ids.get(env);
			if (ids == null) {
				return CompletableFuture.completedFuture(null);
			}
			DataLoader<String, Object> loader = Objects.requireNonNull(env.getDataLoader(this.loader));
			if (this.many) {
				// Ids that no longer exist are left out.
				return loader.loadMany((List<String>) ids)
					.thenApply((found) -> found.stream().filter(Objects::nonNull).toList());
			}
			return loader.load((String) ids);
		}

	}

}
