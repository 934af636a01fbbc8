package dk.kk.hfi.common;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The body of every by-family {@code @BatchMapping}: one look-up for all the parents of a
 * request, its records handed back to each parent in the order they were loaded, an empty
 * list to a parent without any.
 */
public final class ByFamily {

	private ByFamily() {
	}

	/**
	 * Each parent with its records.
	 * @param parents the parents of the batch (families, plans, …)
	 * @param parentKey the key a parent's records carry, e.g. {@code Family::id}
	 * @param load the one look-up, given the distinct keys of the parents
	 * @param recordKey the key of a record's parent, e.g. {@code Measure::familyId}
	 */
	public static <P, R> Map<P, List<R>> group(List<P> parents, Function<P, String> parentKey,
			Function<List<String>, ? extends Collection<R>> load, Function<R, String> recordKey) {
		Map<String, List<R>> byKey = load.apply(parents.stream().map(parentKey).distinct().toList())
			.stream()
			.collect(Collectors.groupingBy(recordKey));
		Map<P, List<R>> result = new LinkedHashMap<>();
		parents.forEach((parent) -> result.put(parent, byKey.getOrDefault(parentKey.apply(parent), List.of())));
		return result;
	}

	/**
	 * Each parent with its records in the given order (newest first, …).
	 * @see #group(List, Function, Function, Function)
	 */
	public static <P, R> Map<P, List<R>> group(List<P> parents, Function<P, String> parentKey,
			Function<List<String>, ? extends Collection<R>> load, Function<R, String> recordKey,
			Comparator<? super R> order) {
		return group(parents, parentKey, (keys) -> load.apply(keys).stream().sorted(order).toList(), recordKey);
	}

}
