package dk.kk.hfi.domain.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.Period;
import dk.kk.hfi.common.PersonalData;

/**
 * One version of a consent, never changed once written. A change or a withdrawal inserts
 * the next version; the unique index on (consentId, version) makes two racing changes of
 * the same version end in one winner. The schema calls it {@code Consent}: a client sees
 * the consent as it stands, with its {@code version} as a field, while here every version
 * is its own document.
 */
@Document("consents")
@CompoundIndex(name = "consent_version", def = "{'consentId': 1, 'version': 1}", unique = true)
@CompoundIndex(name = "family_consent", def = "{'familyId': 1, 'consentId': 1, 'version': -1}")
public record ConsentVersion(@Id String id, String consentId, int version, String familyId, ConsentPurpose purpose,
		ConsentState state, List<String> grantorIds, List<String> subjectIds, List<Provision> provisions, Period period,
		@Nullable LocalDate signedOn, @Nullable SignatureMethod signatureMethod, @Nullable String documentReference,
		@Nullable Withdrawal withdrawal, Instant recordedAt, String recordedBy,
		List<PartialWithdrawal> partialWithdrawals, @Nullable String endReason) implements PersonalData {

	/** Why a consent ends with its course: the version closing the course records it. */
	public static final String COURSE_CLOSED = "COURSE_CLOSED";

	/** Consents are recorded and kept by SOF's coordinating caseworker. */
	public static final Set<Administration> OWNERS = Set.of(Administration.SOF);

	@PersistenceCreator
	public ConsentVersion {
		grantorIds = (grantorIds != null) ? List.copyOf(grantorIds) : List.of();
		subjectIds = (subjectIds != null) ? List.copyOf(subjectIds) : List.of();
		provisions = (provisions != null) ? List.copyOf(provisions) : List.of();
		partialWithdrawals = (partialWithdrawals != null) ? List.copyOf(partialWithdrawals) : List.of();
	}

	/** A version without partial withdrawals, not ended. */
	public ConsentVersion(String id, String consentId, int version, String familyId, ConsentPurpose purpose,
			ConsentState state, List<String> grantorIds, List<String> subjectIds, List<Provision> provisions,
			Period period, @Nullable LocalDate signedOn, @Nullable SignatureMethod signatureMethod,
			@Nullable String documentReference, @Nullable Withdrawal withdrawal, Instant recordedAt,
			String recordedBy) {
		this(id, consentId, version, familyId, purpose, state, grantorIds, subjectIds, provisions, period, signedOn,
				signatureMethod, documentReference, withdrawal, recordedAt, recordedBy, List.of(), null);
	}

	/**
	 * Whether the grantors' signature is on record: a written consent with its document
	 * reference, or a MitID signature with its signing reference. An oral consent noted
	 * on the case is kept but gives no access.
	 */
	public boolean hasSignatureEvidence() {
		return (this.signatureMethod == SignatureMethod.WRITTEN || this.signatureMethod == SignatureMethod.MITID)
				&& this.documentReference != null && !this.documentReference.isBlank();
	}

	/**
	 * This version, ended for the given reason (the demo data's closed courses, as
	 * closeCourse ends them).
	 */
	public ConsentVersion withEndReason(String reason) {
		return new ConsentVersion(this.id, this.consentId, this.version, this.familyId, this.purpose, this.state,
				this.grantorIds, this.subjectIds, this.provisions, this.period, this.signedOn, this.signatureMethod,
				this.documentReference, this.withdrawal, this.recordedAt, this.recordedBy, this.partialWithdrawals,
				reason);
	}

	@Override
	public Set<Administration> owners() {
		return OWNERS;
	}

	public static String documentId(String consentId, int version) {
		return consentId + ":" + version;
	}

	/**
	 * The status in force on the given day: an active consent past its period is expired,
	 * one without the grantors' signature evidence awaits it.
	 */
	public ConsentStatus statusOn(LocalDate day) {
		return switch (this.state) {
			case DRAFT -> ConsentStatus.DRAFT;
			case WITHDRAWN -> ConsentStatus.WITHDRAWN;
			case ENDED -> ConsentStatus.ENDED;
			case ACTIVE -> this.period.hasEndedBefore(day) ? ConsentStatus.EXPIRED
					: hasSignatureEvidence() ? ConsentStatus.ACTIVE : ConsentStatus.AWAITING_SIGNATURE;
		};
	}

}
