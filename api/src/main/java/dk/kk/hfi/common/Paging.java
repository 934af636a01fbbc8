package dk.kk.hfi.common;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Page limits and positions of every connection. Positions are keysets (the sort key and
 * the id), so an item added or removed between two pages neither repeats nor hides
 * another; the cursors that carry them are sealed by {@link SealedCursorEncoder}. Every
 * field with a {@code first} or {@code last} argument has its page sizes here: the fields
 * refuse a size out of range ({@code PageSizeGuard}) and the query cost counts by them
 * ({@code QueryCost}).
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

}
