package dk.kk.hfi.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Page limits and positions of every connection. Positions are keysets (the sort key and
 * the id), so an item added or removed between two pages neither repeats nor hides
 * another; the cursors that carry them are sealed by {@link CursorSeal}, for their caller
 * and connection. Every field with a {@code first} or {@code last} argument has its page
 * sizes here: the fields refuse a size out of range ({@code PageSizeGuard}) and the query
 * cost counts by them ({@code QueryCost}).
 */
public final class Paging {

	/** A connection's page sizes: 20 unless asked, at most 100. */
	public static final PageSize CONNECTION = new PageSize(20, 100);

	/**
	 * A professional's own caseload ({@code me.families}) is read whole: one page of up
	 * to 1000 families, 100 unless asked.
	 */
	public static final PageSize CASELOAD = new PageSize(100, 1000);

	/** The latest entries of a family's access log ({@code Family.accessLog}). */
	public static final PageSize LATEST_ACCESS_LOG = new PageSize(100, 500);

	/** Fields whose page sizes are not a connection's, by "Type.field". */
	private static final Map<String, PageSize> FIELDS = Map.of("ProfessionalCaller.families", CASELOAD,
			"Family.accessLog", LATEST_ACCESS_LOG);

	/**
	 * Cursor batch size of the by-family look-ups ({@code $in} over a page's families): a
	 * real MongoDB answers a find without one with 101 documents and makes the driver
	 * fetch the rest with {@code getMore} round trips; with it the first batch holds
	 * everything up to MongoDB's 16 MiB reply limit.
	 */
	public static final int CURSOR_BATCH_SIZE = 10_000;

	static final String INVALID_CURSOR = "The cursor is not valid here: "
			+ "use a cursor from this connection's edges or pageInfo";

	private Paging() {
	}

	/** The page sizes of a paged field of the type. */
	public static PageSize of(String typeName, String fieldName) {
		return FIELDS.getOrDefault(typeName + "." + fieldName, CONNECTION);
	}

	/**
	 * Refuses a page size given for {@code argument} ({@code first} or {@code last}) that
	 * is out of range; none given ({@code null}) is the default.
	 */
	public static void check(String argument, @Nullable Integer size, PageSize sizes) {
		if (size != null && !sizes.allows(size)) {
			throw HfiException.badInput(argument + " must be between 1 and " + sizes.max());
		}
	}

	public static int count(ScrollSubrange subrange) {
		return count(subrange, CONNECTION);
	}

	public static int count(ScrollSubrange subrange, PageSize sizes) {
		// ScrollSubrange takes a negative size for none given: PageSizeGuard refuses it
		// on the field's arguments before this runs.
		int count = subrange.count().orElse(sizes.defaultSize());
		check(subrange.forward() ? "first" : "last", count, sizes);
		return count;
	}

	/**
	 * The keyset position of the subrange for a connection sorted by {@code sort}; a
	 * cursor of a connection sorted otherwise is refused.
	 */
	public static ScrollPosition position(ScrollSubrange subrange, Sort sort) {
		ScrollPosition position = subrange.position()
			.orElseGet(() -> subrange.forward() ? ScrollPosition.keyset() : ScrollPosition.keyset().backward());
		if (!(position instanceof KeysetScrollPosition keyset)) {
			throw HfiException.badInput(INVALID_CURSOR);
		}
		Set<String> expected = sort.stream().map(Sort.Order::getProperty).collect(Collectors.toSet());
		if (!keyset.isInitial() && !keyset.getKeys().keySet().equals(expected)) {
			throw HfiException.badInput(INVALID_CURSOR);
		}
		return position;
	}

	/** A paged field's page size when none is given, and the largest it allows. */
	public record PageSize(int defaultSize, int max) {

		public boolean allows(int size) {
			return size >= 1 && size <= this.max;
		}

	}

	/** The most items one read fetches while looking past items left out. */
	private static final int MAX_BATCH = 1000;

	/**
	 * A page of what the caller may see: {@code read} fetches up to n items after a
	 * position, {@code asSeen} gives an item as the caller may see it, or null when they
	 * may see none of it. An item left out is left out of the page's size and of
	 * {@code hasNext} too: whether more follow is decided by the next item the caller may
	 * see, read on in batches growing to {@value #MAX_BATCH}, so a page never says more
	 * follow when only items left out do.
	 */
	public static <T> Window<T> seen(ScrollPosition start, int count,
			BiFunction<ScrollPosition, Integer, Window<T>> read, Function<T, @Nullable T> asSeen) {
		List<T> seen = new ArrayList<>();
		List<ScrollPosition> positions = new ArrayList<>();
		ScrollPosition position = start;
		int batch = count + 1;
		while (true) {
			Window<T> page = read.apply(position, batch);
			for (int i = 0; i < page.size(); i++) {
				T item = asSeen.apply(page.getContent().get(i));
				if (item == null) {
					continue;
				}
				if (seen.size() == count) {
					return Window.from(seen, positions::get, true);
				}
				seen.add(item);
				positions.add(page.positionAt(i));
			}
			if (page.isEmpty() || !page.hasNext()) {
				return Window.from(seen, positions::get, false);
			}
			position = page.positionAt(page.size() - 1);
			batch = Math.min(batch * 2, MAX_BATCH);
		}
	}

}
