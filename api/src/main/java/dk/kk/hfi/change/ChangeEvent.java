package dk.kk.hfi.change;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.PersonalData;

/**
 * That something of a family changed: which family, what kind, when, and the category,
 * owners and members of the changed record, which decide who may learn of it exactly as
 * they decide who may read that record (no category: everyone who sees the family, as for
 * consents, withdrawals and the course; no members: the family as a whole, as for the
 * plan and meetings, and for events stored before they carried their members). Never the
 * values. Append-only.
 */
@Document("changeEvents")
@CompoundIndex(name = "at_id", def = "{'at': 1, '_id': 1}")
@CompoundIndex(name = "family_at", def = "{'familyId': 1, 'at': 1}")
public record ChangeEvent(@Id @Nullable String id, String familyId, ChangeKind kind, @Nullable DataCategory category,
		Set<Administration> owners, List<String> subjectIds, Instant at) implements PersonalData {

	public ChangeEvent {
		// Null when read from an event stored before events carried their members: such
		// an event is about the whole family.
		subjectIds = (subjectIds != null) ? List.copyOf(subjectIds) : List.of();
	}

}
