package dk.kk.hfi.access;

import java.util.Set;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import dk.kk.hfi.common.DataCategory;

/**
 * Applies the access mechanism to the schema as it is built: every field declared {@code @category} gets a
 * {@link ConsentGuard}, every field returning families a {@link FamilyRegistrar}. All other fields keep their
 * data fetchers untouched, so trivial property fetchers stay trivial.
 */
final class AccessSchemaVisitor extends GraphQLTypeVisitorStub {

	static final String CATEGORY = "category";

	static final String PERSONAL_DATA = "personalData";

	static final String UNRESTRICTED = "unrestricted";

	private static final Set<String> FAMILY_CARRIERS = Set.of("Family", "FamilyConnection");

	/** An edge's node is registered with its connection: wrapping it too would only cost, once per family. */
	private static final String FAMILY_EDGE = "FamilyEdge";

	@Override
	public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
			TraverserContext<GraphQLSchemaElement> context) {
		if (!(context.getParentNode() instanceof GraphQLObjectType parent)) {
			return TraversalControl.CONTINUE;
		}
		GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
		FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
		DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
		GraphQLAppliedDirective category = field.getAppliedDirective(CATEGORY);
		if (category != null) {
			registry.dataFetcher(coordinates, ConsentGuard.of(fetcher, declaredCategory(category)));
		}
		else if (FAMILY_CARRIERS.contains(((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType())).getName())
				&& !FAMILY_EDGE.equals(parent.getName())) {
			registry.dataFetcher(coordinates, new FamilyRegistrar(fetcher));
		}
		return TraversalControl.CONTINUE;
	}

	private static DataCategory declaredCategory(GraphQLAppliedDirective directive) {
		GraphQLAppliedDirectiveArgument argument = directive.getArgument("is");
		Object value = (argument != null) ? argument.getValue() : null;
		return (value != null) ? DataCategory.valueOf(value.toString()) : null;
	}

}
