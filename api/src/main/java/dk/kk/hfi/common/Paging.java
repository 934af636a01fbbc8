package dk.kk.hfi.common;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Page limits of every connection. Offset positions keep cursors opaque: a keyset cursor would carry the sort
 * key's value (a name) in the clear.
 */
public final class Paging {

	public static final int DEFAULT_PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 100;

	/** A professional's own caseload ({@code me.families}) is read whole: one page of up to this many families. */
	public static final int MAX_CASELOAD_PAGE_SIZE = 1000;

	public static final int DEFAULT_CASELOAD_PAGE_SIZE = 100;

	/**
	 * Cursor batch size of the by-family look-ups ({@code $in} over a page's families): a real MongoDB answers a
	 * find without one with 101 documents and makes the driver fetch the rest with {@code getMore} round trips;
	 * with it the first batch holds everything up to MongoDB's 16 MiB reply limit.
	 */
	public static final int CURSOR_BATCH_SIZE = 10_000;

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

	public static ScrollPosition position(ScrollSubrange subrange) {
		ScrollPosition position = subrange.position().orElse(ScrollPosition.offset());
		if (!(position instanceof OffsetScrollPosition) || !subrange.forward()) {
			throw HfiException.badInput("Unsupported cursor");
		}
		return position;
	}

}
