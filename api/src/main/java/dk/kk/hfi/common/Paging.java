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

	/**
	 * Cursor batch size of the by-family look-ups ({@code $in} over a page's families): a real MongoDB answers a
	 * find without one with 101 documents and makes the driver fetch the rest with {@code getMore} round trips;
	 * with it the first batch holds everything up to MongoDB's 16 MiB reply limit.
	 */
	public static final int CURSOR_BATCH_SIZE = 10_000;

	private Paging() {
	}

	public static int count(ScrollSubrange subrange) {
		int count = subrange.count().orElse(DEFAULT_PAGE_SIZE);
		if (count < 1 || count > MAX_PAGE_SIZE) {
			throw HfiException.badInput("Page size must be between 1 and " + MAX_PAGE_SIZE);
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
