package dk.kk.hfi.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.PersonalData;
import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.consent.PartialWithdrawal;
import dk.kk.hfi.domain.consent.ProvisionDenial;
import dk.kk.hfi.domain.consent.Withdrawal;

/**
 * The free text around a consent (its document reference, what the family said when
 * withdrawing) is personal data of the consent's record: SOF's, as the coordinating
 * administration that records consents, so others read it only by consent. These views
 * carry the consent's family and subjects to the access mechanism.
 */
final class ConsentNotes {

	/** Consents are recorded and kept by SOF's coordinating caseworker. */
	static final Set<Administration> OWNERS = ConsentVersion.OWNERS;

	private ConsentNotes() {
	}

	/** A whole withdrawal, as the schema's {@code Withdrawal}. */
	record WithdrawalView(String id, String familyId, List<String> subjectIds, Instant withdrawnAt, String recordedBy,
			@Nullable String note, @Nullable LocalDate saidOn) implements PersonalData {

		static WithdrawalView of(ConsentVersion consent, Withdrawal withdrawal) {
			return new WithdrawalView(consent.id() + "/withdrawal", consent.familyId(), consent.subjectIds(),
					withdrawal.withdrawnAt(), withdrawal.recordedBy(), withdrawal.note(), withdrawal.saidOn());
		}

		@Override
		public Set<Administration> owners() {
			return OWNERS;
		}

	}

	/** A partial withdrawal, as the schema's {@code PartialWithdrawal}. */
	record PartialWithdrawalView(String id, String familyId, List<String> subjectIds, ProvisionDenial denial,
			LocalDate saidOn, Instant recordedAt, String recordedBy, @Nullable String note) implements PersonalData {

		/** The consent's partial withdrawals, each named by its place in the list. */
		static List<PartialWithdrawalView> allOf(ConsentVersion consent) {
			List<PartialWithdrawal> parts = consent.partialWithdrawals();
			return IntStream.range(0, parts.size()).mapToObj((index) -> of(consent, index, parts.get(index))).toList();
		}

		static PartialWithdrawalView of(ConsentVersion consent, int index, PartialWithdrawal withdrawal) {
			return new PartialWithdrawalView(consent.consentId() + "/part-" + index, consent.familyId(),
					consent.subjectIds(), withdrawal.denial(), withdrawal.saidOn(), withdrawal.recordedAt(),
					withdrawal.recordedBy(), withdrawal.note());
		}

		@Override
		public Set<Administration> owners() {
			return OWNERS;
		}

	}

}
