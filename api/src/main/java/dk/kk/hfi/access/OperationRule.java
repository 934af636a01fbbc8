package dk.kk.hfi.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.DataCategory;

/**
 * Who may run one operation, as its {@code @allow} directive declares: the relations (any
 * of them suffices), where the family concerned comes from, and the category the caller
 * must also be permitted to read.
 */
record OperationRule(Set<CallerRelation> to, @Nullable String family, @Nullable String record, @Nullable String ownerBy,
		@Nullable String subject, Set<DataCategory> reading, boolean courseOpen) {

	static final String DIRECTIVE = "allow";

	static OperationRule of(GraphQLAppliedDirective allow) {
		// Required by the directive.
		List<?> relations = (List<?>) Objects.requireNonNull(value(allow, "to"));
		return new OperationRule(
				relations.stream()
					.map((relation) -> CallerRelation.valueOf(relation.toString()))
					.collect(Collectors.toSet()),
				(String) value(allow, "family"), (String) value(allow, "record"), (String) value(allow, "ownerBy"),
				(String) value(allow, "subject"), categories(value(allow, "reading")),
				Boolean.TRUE.equals(value(allow, "courseOpen")));
	}

	/**
	 * One category or a list of them (GraphQL coerces a single value to a list of one).
	 */
	private static Set<DataCategory> categories(@Nullable Object value) {
		List<?> names = (value instanceof List<?> list) ? list : (value != null) ? List.of(value) : List.of();
		return names.stream()
			.map((name) -> DataCategory.valueOf(name.toString()))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(DataCategory.class)));
	}

	private static @Nullable Object value(GraphQLAppliedDirective directive, String name) {
		GraphQLAppliedDirectiveArgument argument = directive.getArgument(name);
		return (argument != null) ? argument.getValue() : null;
	}

	/**
	 * A sentence naming who may, for refusals: the rule is public, so saying it reveals
	 * nothing.
	 */
	String describe() {
		return this.to.stream().map(CallerRelation::name).sorted().collect(Collectors.joining(", "));
	}

}
