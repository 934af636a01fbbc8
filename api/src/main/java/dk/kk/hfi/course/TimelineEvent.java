package dk.kk.hfi.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.PersonalData;

/**
 * One event of a family's course timeline. It carries the owners, members and category of
 * the record it comes from, so the access mechanism decides it exactly as it decides that
 * record.
 */
record TimelineEvent(String id, String familyId, TimelineEventKind kind, LocalDate on, Instant at, String summary,
		@Nullable String professionalId, @Nullable String recordId, Set<Administration> owners, List<String> subjectIds,
		@Nullable DataCategory category) implements PersonalData {

}
