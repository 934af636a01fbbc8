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
 * That something of a family changed: which family, what kind, when, and the category and
 * owners that decide who may learn of it (no category: everyone who sees the family, as
 * for consents, withdrawals and the course). Never the values. Append-only.
 */
@Document("changeEvents")
@CompoundIndex(name = "at_id", def = "{'at': 1, '_id': 1}")
@CompoundIndex(name = "family_at", def = "{'familyId': 1, 'at': 1}")
public record ChangeEvent(@Id @Nullable String id, String familyId, ChangeKind kind, @Nullable DataCategory category,
		Set<Administration> owners, Instant at) implements PersonalData {

	@Override
	public List<String> subjectIds() {
		return List.of();
	}

}
