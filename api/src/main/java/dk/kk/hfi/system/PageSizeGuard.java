package dk.kk.hfi.system;

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

import dk.kk.hfi.common.Paging;

/**
 * Refuses, on every field with a {@code first} or {@code last} argument, a page size out
 * of the field's range ({@link Paging#of}) before its data fetcher runs. The check is on
 * the arguments as sent because Spring for GraphQL's {@code ScrollSubrange} takes a
 * negative size for none given, so {@link Paging#count} never sees it.
 */
final class PageSizeGuard extends GraphQLTypeVisitorStub {

	@Override
	public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
			TraverserContext<GraphQLSchemaElement> context) {
		if (!(context.getParentNode() instanceof GraphQLObjectType parent)
				|| (field.getArgument("first") == null && field.getArgument("last") == null)) {
			return TraversalControl.CONTINUE;
		}
		GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
		FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
		registry.dataFetcher(coordinates,
				new Checked(registry.getDataFetcher(coordinates, field), Paging.of(parent.getName(), field.getName())));
		return TraversalControl.CONTINUE;
	}

	private record Checked(DataFetcher<?> fetcher, Paging.PageSize sizes) implements DataFetcher<Object> {

		@Override
		public Object get(DataFetchingEnvironment env) throws Exception {
			Paging.check("first", env.getArgument("first"), this.sizes);
			Paging.check("last", env.getArgument("last"), this.sizes);
			return this.fetcher.get(env);
		}

	}

}
