package dk.kk.hfi.domain.consent;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A withdrawal of part of a consent (categories, recipients or members): a denial that
 * wins over every permit and is carried into every later version, so no edit can undo it;
 * sharing again needs a new consent.
 */
public record PartialWithdrawal(ProvisionDenial denial, LocalDate saidOn, Instant recordedAt, String recordedBy,
		@Nullable String note) {
}
