package dk.kk.hfi.consent;

import java.time.Instant;

/** A withdrawal of a consent as a whole. */
public record Withdrawal(Instant withdrawnAt, String recordedBy, String note) {

}
