package dk.kk.hfi.common;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Page limits and positions of every connection. Positions are keysets (the sort key and
 * the id), so an item added or removed between two pages neither repeats nor hides
 * another; the cursors that carry them are sealed by {@link SealedCursorEncoder}.
 */
public final class Paging {

	public static final int DEFAULT_PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * A professional's own caseload ({@code me.families}) is read whole: one page of up
	 * to this many families.
	 */
	public static final int MAX_CASELOAD_PAGE_SIZE = 1000;

	public static final int DEFAULT_CASELOAD_PAGE_SIZE = 100;

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

	public static int count(ScrollSubrange subrange) {
		return count(subrange, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
	}

	public static int count(ScrollSubrange subrange, int defaultSize, int maxSize) {
		int count = subrange.count().orElse(defaultSize);
		if (count < 1 || count > maxSize) {
			throw HfiException.badInput("Page size must be between 1 and " + maxSize);
		}
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

}
