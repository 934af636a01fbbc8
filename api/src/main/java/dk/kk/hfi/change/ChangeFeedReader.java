package dk.kk.hfi.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Service;

import dk.kk.hfi.access.AccessContext;
import dk.kk.hfi.access.FamilyScope;
import dk.kk.hfi.common.Paging;
import dk.kk.hfi.domain.RequestSnapshot;
import dk.kk.hfi.domain.family.Family;

/**
 * Reads the change feed: in order, the changes of the families the caller may see, each
 * only if the caller may read its category, so a partner refreshes only what changed and
 * deletes what it may no longer hold.
 */
@Service
class ChangeFeedReader {

	private static final Sort IN_ORDER = Sort.by(Sort.Order.asc("at"), Sort.Order.asc("id"));

	private final MongoTemplate mongo;

	ChangeFeedReader(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** A page of the changes the request's caller may see. */
	Window<ChangeEvent> page(AccessContext access, RequestSnapshot records, ScrollSubrange subrange) {
		Query visible = Query.query(FamilyScope.visibleTo(access.caller(), access.today()));
		Map<String, Family> families = this.mongo.find(visible, Family.class)
			.stream()
			.collect(Collectors.toMap(Family::id, Function.identity()));
		families.values().forEach(records::include);
		ScrollPosition position = Paging.position(subrange, IN_ORDER);
		int count = Paging.count(subrange);
		// Withheld events are left out and their positions kept: a page is read on until
		// it holds `count` shown events or the feed ends, so a caller never meets an
		// empty page that still says more follow.
		List<ChangeEvent> shown = new ArrayList<>();
		List<ScrollPosition> positions = new ArrayList<>();
		boolean more = true;
		while (shown.size() < count && more) {
			Window<ChangeEvent> page = this.mongo.scroll(Query.query(Criteria.where("familyId").in(families.keySet()))
				.with(IN_ORDER)
				.with(position)
				.limit(count), ChangeEvent.class);
			int read = 0;
			for (; read < page.size() && shown.size() < count; read++) {
				ChangeEvent event = page.getContent().get(read);
				position = page.positionAt(read);
				if (event.category() == null || access.mayRead(event, event.category())) {
					shown.add(event);
					positions.add(position);
				}
			}
			more = read < page.size() || page.hasNext();
		}
		return Window.from(shown, positions::get, more);
	}

}
