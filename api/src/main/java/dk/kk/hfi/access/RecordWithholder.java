package dk.kk.hfi.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.PersonalData;
import dk.kk.hfi.domain.family.Family;

/**
 * Withholds records of a {@code @withheld} type the caller may not read: they are left
 * out of the list (or the field is null), exactly as if they did not exist, so no row,
 * index, date or member reference betrays them. In their place the request notes, once
 * per family and category, that the caller's view is limited; that notice is derived from
 * the consent and the field asked for, never from the records, so it is the same whether
 * or not such records exist.
 */
final class RecordWithholder implements DataFetcher<Object> {

	private final DataFetcher<?> delegate;

	/** The schema type of the records, as the audit names them. */
	private final String typeName;

	/**
	 * The category deciding the record as a whole; null when each record carries its own.
	 */
	private final @Nullable DataCategory category;

	/** The categories the records may carry, in order, for the notices in their place. */
	private final List<DataCategory> possibleCategories;

	RecordWithholder(DataFetcher<?> delegate, String typeName, @Nullable DataCategory category,
			Set<DataCategory> possibleCategories) {
		this.delegate = delegate;
		this.typeName = typeName;
		this.category = category;
		this.possibleCategories = possibleCategories.stream().sorted().toList();
	}

	@Override
	public @Nullable Object get(DataFetchingEnvironment env) throws Exception {
		AccessContext access = AccessContext.of(env.getGraphQlContext());
		if (access == null) {
			throw new IllegalStateException("Personal-data records without access context");
		}
		if (env.getSource() instanceof Family family) {
			access.noteWithheld(family, this.possibleCategories);
		}
		Object result = this.delegate.get(env);
		if (result instanceof CompletionStage<?> stage) {
			return stage.thenApply((value) -> withhold(access, value));
		}
		return withhold(access, result);
	}

	private @Nullable Object withhold(AccessContext access, @Nullable Object value) {
		if (value instanceof DataFetcherResult<?> result) {
			return DataFetcherResult.newResult()
				.data(withhold(access, result.getData()))
				.errors(result.getErrors())
				.localContext(result.getLocalContext())
				.build();
		}
		if (value instanceof Iterable<?> values) {
			List<Object> visible = new ArrayList<>();
			values.forEach((element) -> {
				if (readable(access, element)) {
					visible.add(element);
				}
			});
			return visible;
		}
		return readable(access, value) ? value : null;
	}

	private boolean readable(AccessContext access, @Nullable Object element) {
		if (!(element instanceof PersonalData record)) {
			return element != null;
		}
		DataCategory decisive = (this.category != null) ? this.category : record.category();
		// A record withheld by its own category has one (Measure, RegisterObservation,
		// TimelineEvent); one without is withheld: deny by default.
		if (decisive == null || !access.mayRead(record, decisive)) {
			return false;
		}
		// Shown, its existence is disclosed (and its category with it), so it is on
		// record even if no guarded field of it is asked for.
		access.decide(this.typeName, record, decisive);
		return true;
	}

}
