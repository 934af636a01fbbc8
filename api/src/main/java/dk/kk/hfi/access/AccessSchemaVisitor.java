package dk.kk.hfi.access;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.DataCategory;

/**
 * Applies the access mechanism to the schema as it is built: every field declared
 * {@code @category} gets a {@link FieldGuard}, every field returning families a
 * {@link FamilyRegistrar}, every operation declared {@code @allow} an
 * {@link OperationGuard} around all of that. All other fields keep their data fetchers
 * untouched, so trivial property fetchers stay trivial.
 */
final class AccessSchemaVisitor extends GraphQLTypeVisitorStub {

	private final OperationTargets targets;

	AccessSchemaVisitor(OperationTargets targets) {
		this.targets = targets;
	}

	static final String CATEGORY = "category";

	static final String PERSONAL_DATA = "personalData";

	static final String UNRESTRICTED = "unrestricted";

	static final String WITHHELD = "withheld";

	private static final Set<String> FAMILY_CARRIERS = Set.of("Family", "FamilyConnection");

	/**
	 * An edge's node is registered with its connection: wrapping it too would only cost,
	 * once per family.
	 */
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
		GraphQLNamedType returned = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType());
		if (category != null) {
			fetcher = FieldGuard.of(fetcher, declaredCategories(category), isEmbedded(returned),
					deniedAsEmptyList(parent, field));
		}
		else if (FAMILY_CARRIERS.contains(returned.getName()) && !FAMILY_EDGE.equals(parent.getName())) {
			fetcher = new FamilyRegistrar(fetcher);
		}
		GraphQLAppliedDirective withheld = (returned instanceof GraphQLObjectType object)
				? object.getAppliedDirective(WITHHELD) : null;
		if (withheld != null) {
			fetcher = new RecordWithholder(fetcher, returned.getName(), declaredCategory(withheld),
					possibleCategories((GraphQLObjectType) returned, declaredCategory(withheld)));
		}
		GraphQLAppliedDirective allow = field.getAppliedDirective(OperationRule.DIRECTIVE);
		if (allow != null) {
			OperationRule rule = OperationRule.of(allow);
			if (rule.record() != null) {
				// Fails the start when no locator exists for the record.
				this.targets.locator(OperationGuard.lastSegment(rule.record()));
			}
			fetcher = new OperationGuard(fetcher, field.getName(), rule, kindType(field, rule), categoryInputs(field),
					this.targets);
		}
		if (category != null || allow != null || withheld != null || fetcher instanceof FamilyRegistrar) {
			registry.dataFetcher(coordinates, fetcher);
		}
		return TraversalControl.CONTINUE;
	}

	/**
	 * The categories a withheld record of the type may carry: the declared one, or those
	 * of its kinds (a measure's follow its kind), or any.
	 */
	private Set<DataCategory> possibleCategories(GraphQLObjectType type, @Nullable DataCategory declared) {
		if (declared != null) {
			return EnumSet.of(declared);
		}
		GraphQLFieldDefinition kind = type.getFieldDefinition("kind");
		if (kind != null && GraphQLTypeUtil.unwrapAll(kind.getType()) instanceof GraphQLEnumType kinds
				&& this.targets.knowsKindType(kinds.getName())) {
			return this.targets.categoriesOf(kinds.getName(),
					kinds.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList());
		}
		return EnumSet.allOf(DataCategory.class);
	}

	/**
	 * Whether a denied value of the guarded field is an empty list rather than null: a
	 * non-null list. Any other non-null type would blank the record holding the field
	 * when denied, so it fails the start.
	 */
	private static boolean deniedAsEmptyList(GraphQLObjectType parent, GraphQLFieldDefinition field) {
		if (!GraphQLTypeUtil.isNonNull(field.getType())) {
			return false;
		}
		if (!GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()))) {
			throw new IllegalStateException(parent.getName() + "." + field.getName()
					+ ": a field declaring @category is nullable, or a list (empty when denied)");
		}
		return true;
	}

	/** A value embedded in a record: an object that is not personal data of its own. */
	private static boolean isEmbedded(GraphQLNamedType type) {
		return type instanceof GraphQLObjectType object && object.getAppliedDirective(PERSONAL_DATA) == null;
	}

	/**
	 * The GraphQL enum type at the rule's {@code ownerBy} path, e.g. {@code MeasureKind}
	 * for {@code input.kind}.
	 */
	private @Nullable String kindType(GraphQLFieldDefinition field, OperationRule rule) {
		if (rule.ownerBy() == null) {
			return null;
		}
		String[] path = rule.ownerBy().split("\\.");
		GraphQLInputType type = field.getArgument(path[0]).getType();
		for (int i = 1; i < path.length; i++) {
			type = ((GraphQLInputObjectType) GraphQLTypeUtil.unwrapAll(type)).getField(path[i]).getType();
		}
		String name = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type)).getName();
		if (!this.targets.knowsKindType(name)) {
			throw new IllegalStateException(field.getName() + ": no owner of kinds " + name);
		}
		return name;
	}

	/**
	 * The fields of the operation's input objects that declare a category, by argument
	 * path ({@code filter.text}, {@code input.planVersion}): giving one reads that
	 * category.
	 */
	private static Map<String, List<DataCategory>> categoryInputs(GraphQLFieldDefinition field) {
		Map<String, List<DataCategory>> categoryInputs = new LinkedHashMap<>();
		for (GraphQLArgument argument : field.getArguments()) {
			if (GraphQLTypeUtil.unwrapAll(argument.getType()) instanceof GraphQLInputObjectType input) {
				for (GraphQLInputObjectField inputField : input.getFieldDefinitions()) {
					GraphQLAppliedDirective category = inputField.getAppliedDirective(CATEGORY);
					List<DataCategory> declared = (category != null) ? declaredCategories(category) : List.of();
					if (!declared.isEmpty()) {
						categoryInputs.put(argument.getName() + "." + inputField.getName(), declared);
					}
				}
			}
		}
		return categoryInputs;
	}

	static @Nullable DataCategory declaredCategory(GraphQLAppliedDirective directive) {
		List<DataCategory> declared = declaredCategories(directive);
		return declared.isEmpty() ? null : declared.get(0);
	}

	/**
	 * The categories a directive declares: one, or a list for a value derived from
	 * several (GraphQL coerces a single value to a list of one); none for the record's
	 * own.
	 */
	static List<DataCategory> declaredCategories(GraphQLAppliedDirective directive) {
		GraphQLAppliedDirectiveArgument argument = directive
			.getArgument(WITHHELD.equals(directive.getName()) ? "unless" : "is");
		Object value = (argument != null) ? argument.getValue() : null;
		List<?> names = (value instanceof List<?> list) ? list : (value != null) ? List.of(value) : List.of();
		return names.stream().map((name) -> DataCategory.valueOf(name.toString())).toList();
	}

}
