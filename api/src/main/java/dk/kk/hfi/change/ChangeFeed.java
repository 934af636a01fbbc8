package dk.kk.hfi.change;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.PersonalData;

/**
 * Puts each change of a family on the feed, after the change itself is stored. The two
 * writes are not one transaction: a change whose event could not be written is logged (by
 * family id and kind only) and missing from the feed, never the other way round.
 */
@Component
public class ChangeFeed {

	private static final Logger logger = LoggerFactory.getLogger(ChangeFeed.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	ChangeFeed(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * A change everyone who sees the family may know of (a consent, a withdrawal, the
	 * course, the team).
	 */
	public void changed(String familyId, ChangeKind kind) {
		changed(familyId, kind, null, Set.of(), List.of());
	}

	/**
	 * A change of a record, just stored, whose data is of the category: whoever may read
	 * the record may learn of the change, and nobody else, as the event carries the
	 * record's family, owners and members (a member's observation is decided by that
	 * member's consent, not by every member's).
	 */
	public void changed(ChangeKind kind, PersonalData record, DataCategory category) {
		changed(record.familyId(), kind, category, record.owners(), List.copyOf(record.subjectIds()));
	}

	private void changed(String familyId, ChangeKind kind, @Nullable DataCategory category, Set<Administration> owners,
			List<String> subjectIds) {
		try {
			this.mongo.insert(new ChangeEvent(null, familyId, kind, category, Set.copyOf(owners), subjectIds,
					Instant.now(this.clock)));
		}
		catch (RuntimeException ex) {
			logger.error("Change event not written for family {} ({}): {}", familyId, kind, ex.getClass().getName());
		}
	}

}
