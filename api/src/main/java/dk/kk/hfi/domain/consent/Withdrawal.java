package dk.kk.hfi.domain.consent;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.PersistenceCreator;

/** A withdrawal of a consent as a whole, with the day the family said it. */
public record Withdrawal(Instant withdrawnAt, String recordedBy, @Nullable String note, @Nullable LocalDate saidOn) {

	@PersistenceCreator
	public Withdrawal {
	}

	public Withdrawal(Instant withdrawnAt, String recordedBy, String note) {
		this(withdrawnAt, recordedBy, note, null);
	}

}
