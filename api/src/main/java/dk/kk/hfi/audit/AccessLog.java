package dk.kk.hfi.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.common.Paging;

/**
 * Reading the access log: a family's, newest first, a page at a time, filtered by member,
 * administration and period; and what was disclosed about one member.
 */
@Component
public class AccessLog {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"));

	private final MongoTemplate mongo;

	private final AuditRepository entries;

	AccessLog(MongoTemplate mongo, AuditRepository entries) {
		this.mongo = mongo;
		this.entries = entries;
	}

	/** The family's latest entries, at most {@code limit} (1 to 500). */
	public List<AccessLogEntry> latest(String familyId, int limit) {
		Paging.check("first", limit, Paging.LATEST_ACCESS_LOG);
		return this.entries.findByFamilyId(familyId, NEWEST_FIRST, Limit.of(limit));
	}

	/** Every entry that names the member, newest first. */
	public List<AccessLogEntry> naming(String memberId) {
		return this.entries.findByMemberIds(memberId, NEWEST_FIRST);
	}

	public Window<AccessLogEntry> page(String familyId, Filter filter, ScrollSubrange subrange, ZoneId zone) {
		List<Criteria> criteria = new ArrayList<>();
		criteria.add(Criteria.where("familyId").is(familyId));
		if (filter.memberId() != null) {
			criteria.add(Criteria.where("memberIds").is(filter.memberId()));
		}
		if (filter.administration() != null) {
			criteria.add(Criteria.where("administration").is(filter.administration()));
		}
		if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
			throw HfiException.badInput("to: must not be before from");
		}
		if (filter.from() != null) {
			criteria.add(Criteria.where("at").gte(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			criteria.add(Criteria.where("at").lt(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		Query query = Query.query(new Criteria().andOperator(criteria))
			.with(NEWEST_FIRST)
			.with(Paging.position(subrange, NEWEST_FIRST))
			.limit(Paging.count(subrange));
		return this.mongo.scroll(query, AccessLogEntry.class);
	}

	/**
	 * What to list: one member's entries, one administration's, days in Copenhagen (both
	 * inclusive).
	 */
	public record Filter(String memberId, Administration administration, LocalDate from, LocalDate to) {
	}

}
