package dk.kk.hfi.system;

import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Paging;

/**
 * What an operation costs before it runs, walked once over the document with every
 * fragment counted where it is spread: each field costs 1 plus the cost of its
 * sub-selection, times its page size ({@code first} or {@code last}, else the field's
 * default page size; a size out of range counts as the field's largest) when it has one;
 * aliases are counted the same way. The walk stops as soon as a limit is passed, so a
 * document built to expand (fragments spread in fragments) costs no more to check than
 * the limit.
 */
final class QueryCost {

	private final GraphQLSchema schema;

	private final Map<String, FragmentDefinition> fragments;

	private final Map<String, Object> variables;

	private final RequestLimits.Limits limits;

	private int aliases;

	private QueryCost(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
			RequestLimits.Limits limits) {
		this.schema = schema;
		this.fragments = fragments;
		this.variables = variables;
		this.limits = limits;
	}

	/**
	 * The cost of the operation's selection on its root type; over any limit it throws
	 * {@link AbortExecutionException} with a {@code BAD_USER_INPUT} error naming the
	 * limit.
	 */
	static long check(GraphQLSchema schema, GraphQLFieldsContainer rootType, SelectionSet selection,
			Map<String, FragmentDefinition> fragments, Map<String, Object> variables, RequestLimits.Limits limits) {
		return new QueryCost(schema, fragments, variables, limits).cost(selection, rootType, 0);
	}

	private long cost(@Nullable SelectionSet selectionSet, @Nullable GraphQLType parentType, int depth) {
		long total = 0;
		if (selectionSet == null) {
			return total;
		}
		for (Selection<?> selection : selectionSet.getSelections()) {
			if (selection instanceof Field field) {
				total += fieldCost(field, parentType, depth + 1);
			}
			else if (selection instanceof InlineFragment inline) {
				total += cost(inline.getSelectionSet(), typeOr(inline.getTypeCondition(), parentType), depth);
			}
			else if (selection instanceof FragmentSpread spread) {
				FragmentDefinition fragment = this.fragments.get(spread.getName());
				if (fragment != null) {
					total += cost(fragment.getSelectionSet(), typeOr(fragment.getTypeCondition(), parentType), depth);
				}
			}
			if (total > this.limits.maxComplexity()) {
				throw refused("complexity",
						"Query complexity exceeds the limit of " + this.limits.maxComplexity()
								+ ": each field costs 1 plus its sub-selection, times its page size (first/last)",
						this.limits.maxComplexity());
			}
		}
		return total;
	}

	private long fieldCost(Field field, @Nullable GraphQLType parentType, int depth) {
		if (depth > this.limits.maxDepth()) {
			throw refused("depth", "Query depth exceeds the limit of " + this.limits.maxDepth(),
					this.limits.maxDepth());
		}
		if (field.getAlias() != null && ++this.aliases > this.limits.maxAliases()) {
			throw refused("aliases", "Too many aliases: more than " + this.limits.maxAliases(),
					this.limits.maxAliases());
		}
		GraphQLFieldDefinition definition = (parentType instanceof GraphQLFieldsContainer container)
				? container.getFieldDefinition(field.getName()) : null;
		GraphQLType childType = (definition != null) ? GraphQLTypeUtil.unwrapAll(definition.getType()) : null;
		long children = cost(field.getSelectionSet(), childType, depth);
		return (1 + children) * pageSize(field, definition, parentType);
	}

	private int pageSize(Field field, @Nullable GraphQLFieldDefinition definition, @Nullable GraphQLType parentType) {
		if (definition == null || (definition.getArgument("first") == null && definition.getArgument("last") == null)
				|| parentType == null) {
			return 1;
		}
		Paging.PageSize sizes = Paging.of(GraphQLTypeUtil.simplePrint(parentType), field.getName());
		Integer first = argument(field, definition, "first");
		Integer last = argument(field, definition, "last");
		if (first == null && last == null) {
			return sizes.defaultSize();
		}
		// A size out of range is refused by the field itself (PageSizeGuard); it counts
		// as the largest here, so no argument can make a page cost less than it may.
		return Math.max(costed(first, sizes), costed(last, sizes));
	}

	private static int costed(@Nullable Integer size, Paging.PageSize sizes) {
		if (size == null) {
			return 1;
		}
		return sizes.allows(size) ? size : sizes.max();
	}

	private @Nullable Integer argument(Field field, GraphQLFieldDefinition definition, String name) {
		GraphQLArgument argument = definition.getArgument(name);
		if (argument == null) {
			return null;
		}
		Object value = field.getArguments()
			.stream()
			.filter((given) -> given.getName().equals(name))
			.map((given) -> given.getValue())
			.findFirst()
			.orElse(null);
		if (value instanceof VariableReference variable) {
			value = this.variables.get(variable.getName());
		}
		if (value == null && argument.hasSetDefaultValue()) {
			value = argument.getArgumentDefaultValue().getValue();
		}
		if (value instanceof IntValue literal) {
			return literal.getValue().intValue();
		}
		return (value instanceof Number number) ? number.intValue() : null;
	}

	private @Nullable GraphQLType typeOr(@Nullable TypeName condition, @Nullable GraphQLType parentType) {
		return (condition != null) ? this.schema.getType(condition.getName()) : parentType;
	}

	private static AbortExecutionException refused(String limit, String message, int max) {
		return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
			.message(message)
			.extensions(Map.of("code", "BAD_USER_INPUT", "limit", limit, "max", max))
			.build()));
	}

}
