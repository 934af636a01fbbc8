package dk.kk.hfi.change;

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
 * only if the caller may read the changed record (its category, owners and members, as
 * the event carries them), so a partner refreshes only what changed and deletes what it
 * may no longer hold.
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
		// Withheld events are left out, of the page and of whether more follow.
		return Paging.seen(position, count, (after, limit) -> this.mongo.scroll(
				Query.query(Criteria.where("familyId").in(families.keySet())).with(IN_ORDER).with(after).limit(limit),
				ChangeEvent.class),
				(event) -> (event.category() == null || access.mayRead(event, event.category())) ? event : null);
	}

}
