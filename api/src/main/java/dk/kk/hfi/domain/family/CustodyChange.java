package dk.kk.hfi.domain.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Who holds custody of a child from a date (two holders: joint custody), as recorded and
 * by whom.
 */
public record CustodyChange(List<String> holderIds, LocalDate effectiveFrom, Instant recordedAt, String recordedBy) {

	public CustodyChange {
		holderIds = (holderIds != null) ? List.copyOf(holderIds) : List.of();
	}

}
