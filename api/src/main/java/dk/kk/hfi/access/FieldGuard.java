package dk.kk.hfi.access;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

import graphql.GraphqlErrorBuilder;
import graphql.TrivialDataFetcher;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.ErrorCode;
import dk.kk.hfi.common.PersonalData;

/**
 * Guards one field declared {@code @category}: the field's value is fetched only when the
 * request's access context permits the category for the record; otherwise the field is
 * null with a CONSENT_REQUIRED error that is the same whether or not a value exists. The
 * basis may be any the policy knows, not only consent. A list the schema declares
 * non-null (a consent's grantors) is empty instead of null, with the same error: a null
 * there would blank the record that holds it, and the empty list is the same whatever the
 * record holds.
 * <p>
 * A value embedded in a record (a plan's action, a measure's period) is not a record of
 * its own: a guarded field of it is decided on the record that holds it, and is on record
 * in the audit as that record's (a meeting's action as the meeting's), so that the access
 * log shows it exactly where it would show the record. The guard of the field that
 * returns such values passes that record down as GraphQL's local context.
 * <p>
 * A guard is as trivial as the fetcher it wraps ({@link #of}): around a property look-up
 * it is marked trivial, so Spring for GraphQL does not decorate every guarded field for
 * context propagation. That is safe because the guard runs synchronously on the calling
 * thread and needs no thread-local context (the access context is in the GraphQL
 * context); around a controller method it stays non-trivial and is decorated like the
 * method would be.
 */
class FieldGuard implements DataFetcher<Object> {

	private final DataFetcher<?> delegate;

	/**
	 * The categories declared (none: the record's own), each of which the caller must
	 * read.
	 */
	private final List<DataCategory> declaredCategories;

	private final boolean returnsEmbedded;

	private final @Nullable List<?> denied;

	private FieldGuard(DataFetcher<?> delegate, List<DataCategory> declaredCategories, boolean returnsEmbedded,
			boolean nonNullList) {
		this.delegate = delegate;
		this.declaredCategories = List.copyOf(declaredCategories);
		this.returnsEmbedded = returnsEmbedded;
		this.denied = nonNullList ? List.of() : null;
	}

	/**
	 * A guard of a field of the given category (null: the record's own);
	 * {@code returnsEmbedded} when the field's values are embedded in the record,
	 * {@code nonNullList} when the schema declares it a non-null list (empty when
	 * denied).
	 */
	static FieldGuard of(DataFetcher<?> delegate, List<DataCategory> declaredCategories, boolean returnsEmbedded,
			boolean nonNullList) {
		return (delegate instanceof TrivialDataFetcher<?>)
				? new Trivial(delegate, declaredCategories, returnsEmbedded, nonNullList)
				: new FieldGuard(delegate, declaredCategories, returnsEmbedded, nonNullList);
	}

	@Override
	public Object get(DataFetchingEnvironment env) throws Exception {
		AccessContext access = AccessContext.of(env.getGraphQlContext());
		Held held = heldFrom(env);
		if (access == null || held == null) {
			// Fail closed: a personal-data field outside an access context or on an
			// unknown record is a defect.
			throw new IllegalStateException("Personal-data field without access context or record");
		}
		PersonalData record = held.record();
		DataCategory category = (this.declaredCategories.size() == 1) ? this.declaredCategories.get(0)
				: this.declaredCategories.isEmpty() ? record.category() : firstDenied(access, record);
		if (category == null) {
			throw new IllegalStateException("Personal-data record without category");
		}
		AccessDecision decision = access.decide(held.typeName(), record, category);
		if (decision.permitted()) {
			// A value derived from several categories is disclosed as each of them.
			this.declaredCategories.forEach((also) -> access.decide(held.typeName(), record, also));
			Object value = this.delegate.get(env);
			return this.returnsEmbedded ? heldBy(held, value) : value;
		}
		return DataFetcherResult.newResult()
			.data(this.denied)
			.error(GraphqlErrorBuilder.newError(env)
				.message("Requires the family's consent for " + category + " (" + decision.reason() + ")")
				.extensions(Map.of("code", ErrorCode.CONSENT_REQUIRED.name(), "category", category.name(), "reason",
						// Denied, so it has its reason.
						Objects.requireNonNull(decision.reason()).name()))
				.build())
			.build();
	}

	/**
	 * Of the declared categories, the first the caller may not read, else the first (the
	 * audit puts only what is shown on record as disclosed).
	 */
	private DataCategory firstDenied(AccessContext access, PersonalData record) {
		return this.declaredCategories.stream()
			.filter((declared) -> !access.mayRead(record, declared))
			.findFirst()
			.orElse(this.declaredCategories.get(0));
	}

	/**
	 * The record the field is of, with the schema type it is on record as: the source
	 * itself, or the record that holds an embedded source (passed down by its guard, or
	 * by a controller as the record alone).
	 */
	private static @Nullable Held heldFrom(DataFetchingEnvironment env) {
		String parentType = ((GraphQLObjectType) env.getParentType()).getName();
		if (env.getSource() instanceof PersonalData source) {
			return new Held(source, parentType);
		}
		if (env.getLocalContext() instanceof Held held) {
			return held;
		}
		return (env.getLocalContext() instanceof PersonalData holder) ? new Held(holder, parentType) : null;
	}

	/**
	 * The value, with the record that holds it as local context for its fields. A
	 * controller's asynchronous value stays asynchronous, so that Spring for GraphQL
	 * still adapts it.
	 */
	private static Object heldBy(Held held, @Nullable Object value) {
		if (value instanceof CompletionStage<?> pending) {
			return pending.thenApply((done) -> heldBy(held, done));
		}
		if (value instanceof Mono<?> pending) {
			return pending.map((done) -> heldBy(held, done));
		}
		if (value instanceof Flux<?> elements) {
			return elements.collectList().map((done) -> heldBy(held, done));
		}
		if (value instanceof DataFetcherResult<?> result) {
			return (result.getLocalContext() != null) ? result
					: result.transform((builder) -> builder.localContext(held));
		}
		return DataFetcherResult.newResult().data(value).localContext(held).build();
	}

	/** A record and the schema type it is read as. */
	private record Held(PersonalData record, String typeName) {
	}

	/**
	 * The fetcher the guard wraps (the benchmark harness reads around the guard to
	 * measure its cost).
	 */
	DataFetcher<?> delegate() {
		return this.delegate;
	}

	private static final class Trivial extends FieldGuard implements TrivialDataFetcher<Object> {

		Trivial(DataFetcher<?> delegate, List<DataCategory> declaredCategories, boolean returnsEmbedded,
				boolean nonNullList) {
			super(delegate, declaredCategories, returnsEmbedded, nonNullList);
		}

	}

}
