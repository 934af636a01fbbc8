package dk.kk.hfi.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.ScrollPosition;
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

	/**
	 * The family's latest entries as the reader may see them, at most {@code limit} (1 to
	 * 500).
	 */
	public List<AccessLogEntry> latest(String familyId, int limit,
			Function<AccessLogEntry, @Nullable AccessLogEntry> asSeen) {
		Paging.check("first", limit, Paging.LATEST_ACCESS_LOG);
		Query query = Query.query(Criteria.where("familyId").is(familyId)).with(NEWEST_FIRST);
		try (Stream<AccessLogEntry> entries = this.mongo.stream(query, AccessLogEntry.class)) {
			return entries.map(asSeen).filter(Objects::nonNull).limit(limit).toList();
		}
	}

	/** Every entry that names the member, newest first. */
	public List<AccessLogEntry> naming(String memberId) {
		return this.entries.findByMemberIds(memberId, NEWEST_FIRST);
	}

	/**
	 * A page of the family's entries as the reader may see them: {@code asSeen} gives an
	 * entry as the reader may see it, or null when they may see none of it. An entry left
	 * out is left out of the page's size and of {@code hasNext} too
	 * ({@link Paging#seen}).
	 */
	public Window<AccessLogEntry> page(String familyId, Filter filter, ScrollSubrange subrange, ZoneId zone,
			Function<AccessLogEntry, @Nullable AccessLogEntry> asSeen) {
		int count = Paging.count(subrange);
		ScrollPosition position = Paging.position(subrange, NEWEST_FIRST);
		Query query = query(familyId, filter, zone);
		return Paging.seen(position, count,
				(after, limit) -> this.mongo.scroll(Query.of(query).with(after).limit(limit), AccessLogEntry.class),
				(stored) -> {
					AccessLogEntry entry = asSeen.apply(stored);
					// The member filter asks of what the reader sees of the entry.
					return (entry == null
							|| (filter.memberId() != null && !entry.memberIds().contains(filter.memberId()))) ? null
									: entry;
				});
	}

	private static Query query(String familyId, Filter filter, ZoneId zone) {
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
		return Query.query(new Criteria().andOperator(criteria)).with(NEWEST_FIRST);
	}

	/**
	 * What to list: one member's entries, one administration's, days in Copenhagen (both
	 * inclusive).
	 */
	public record Filter(String memberId, Administration administration, LocalDate from, LocalDate to) {
	}

}
