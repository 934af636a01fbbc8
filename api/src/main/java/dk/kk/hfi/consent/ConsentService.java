package dk.kk.hfi.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import dk.kk.hfi.change.ChangeFeed;
import dk.kk.hfi.change.ChangeKind;
import dk.kk.hfi.common.ByFamily;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.common.IdGenerator;
import dk.kk.hfi.common.Period;
import dk.kk.hfi.consent.ConsentInputs.ChangeConsentInput;
import dk.kk.hfi.consent.ConsentInputs.ProvisionInput;
import dk.kk.hfi.consent.ConsentInputs.RecordConsentInput;
import dk.kk.hfi.consent.ConsentInputs.WithdrawConsentInput;
import dk.kk.hfi.domain.RequestSnapshot;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.consent.ConsentHistory;
import dk.kk.hfi.domain.consent.ConsentPurpose;
import dk.kk.hfi.domain.consent.ConsentRepository;
import dk.kk.hfi.domain.consent.ConsentState;
import dk.kk.hfi.domain.consent.ConsentStatus;
import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.consent.PartialWithdrawal;
import dk.kk.hfi.domain.consent.Provision;
import dk.kk.hfi.domain.consent.ProvisionDenial;
import dk.kk.hfi.domain.consent.SignatureMethod;
import dk.kk.hfi.domain.consent.Withdrawal;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.family.FamilyService;

/**
 * The rules of consents. Every change inserts the next immutable version; the unique
 * (consentId, version) index makes a stale or racing change fail with CONFLICT, so
 * nothing is ever overwritten or lost. Access decisions read the current versions on
 * every request, so a withdrawal takes effect on the very next one. A withdrawal, whole
 * or in part, is never undone by editing: later versions carry it, and sharing again is a
 * new, newly signed consent. Who may record, change and withdraw is declared on the
 * mutations ({@code @allow}), not here.
 */
@Service
public class ConsentService {

	private final ConsentRepository consents;

	private final ChangeFeed changes;

	private final FamilyService families;

	private final Clock clock;

	private final IdGenerator ids;

	ConsentService(ConsentRepository consents, FamilyService families, Clock clock, ChangeFeed changes,
			IdGenerator ids) {
		this.ids = ids;
		this.changes = changes;
		this.consents = consents;
		this.families = families;
		this.clock = clock;
	}

	/**
	 * The families' current consents, as the request's access decisions see them (null
	 * outside a request: from the store).
	 */
	Map<Family, List<ConsentVersion>> currentOf(List<Family> families, @Nullable RequestSnapshot records) {
		return ByFamily.group(families, Family::id,
				(familyIds) -> (records != null)
						? records.currentConsents(familyIds).values().stream().flatMap(List::stream).toList()
						: ConsentHistory.current(this.consents.findByFamilyIdIn(familyIds)),
				ConsentVersion::familyId);
	}

	/** Each version's earlier versions, newest first: one look-up for all. */
	Map<ConsentVersion, List<ConsentVersion>> earlierVersions(List<ConsentVersion> versions) {
		Map<ConsentVersion, List<ConsentVersion>> result = new LinkedHashMap<>();
		ByFamily
			.group(versions, ConsentVersion::familyId,
					(familyIds) -> this.consents.findByFamilyIdIn(familyIds)
						.stream()
						.sorted(Comparator.comparingInt(ConsentVersion::version).reversed())
						.toList(),
					ConsentVersion::familyId)
			.forEach((version, ofFamily) -> result.put(version,
					ofFamily.stream()
						.filter((earlier) -> earlier.consentId().equals(version.consentId())
								&& earlier.version() < version.version())
						.toList()));
		return result;
	}

	/**
	 * Records a consent. Whether the grantors may give it follows the members' age and
	 * custody: the mutation declares that its caller must be permitted to read them, so a
	 * refusal may say why. A document reference is the family's SOCIAL_CASE_CHILD data:
	 * the schema declares it, so only a caller who may read it gives one.
	 */
	ConsentVersion record(Caller caller, RecordConsentInput input) {
		Family family = this.families.find(caller, input.familyId());
		List<Provision> provisions = provisions(input.provisions(), input.subjectIds());
		GrantorCapacity.check(family, input.grantorIds(), input.subjectIds(), today());
		String consentId = this.ids.next("");
		return insert(new ConsentVersion(ConsentVersion.documentId(consentId, 1), consentId, 1, family.id(),
				(input.purpose() != null) ? input.purpose() : ConsentPurpose.HFI,
				Boolean.TRUE.equals(input.draft()) ? ConsentState.DRAFT : ConsentState.ACTIVE, input.grantorIds(),
				input.subjectIds(), provisions, input.period(), input.signedOn(), input.signatureMethod(),
				blankToNull(input.documentReference()), null, Instant.now(this.clock), caller.id(), List.of(), null));
	}

	/**
	 * Changes a consent; the grantors' capacity is checked again, as when recording it.
	 * The document reference is set or cleared only by a caller who may read it (declared
	 * in the schema).
	 */
	ConsentVersion change(Caller caller, ChangeConsentInput input) {
		ConsentVersion current = current(caller, input.consentId(), input.expectedVersion());
		Family family = this.families.find(caller, current.familyId());
		if (current.state() == ConsentState.WITHDRAWN || current.state() == ConsentState.ENDED) {
			throw HfiException.badInput("A withdrawn or ended consent cannot be changed: record a new consent");
		}
		List<String> grantors = (input.grantorIds() != null) ? input.grantorIds() : current.grantorIds();
		List<String> subjects = (input.subjectIds() != null) ? input.subjectIds() : current.subjectIds();
		List<Provision> provisions = (input.provisions() != null) ? provisions(input.provisions(), subjects)
				: current.provisions();
		GrantorCapacity.check(family, grantors, subjects, today());
		ConsentState state = Boolean.TRUE.equals(input.activate()) ? ConsentState.ACTIVE : current.state();
		return insert(next(current, state, grantors, subjects, provisions,
				(input.period() != null) ? input.period() : current.period(),
				(input.signedOn() != null) ? input.signedOn() : current.signedOn(),
				(input.signatureMethod() != null) ? input.signatureMethod() : current.signatureMethod(),
				(input.documentReference() != null) ? blankToNull(input.documentReference())
						: current.documentReference(),
				null, current.partialWithdrawals(), null, caller.id()));
	}

	/**
	 * Withdraws a consent, whole or in part: the family's right, open to every caller the
	 * mutation allows. What the family said is written only by a caller who may read it
	 * back (declared in the schema); without a note anyone allowed withdraws.
	 */
	ConsentVersion withdraw(Caller caller, WithdrawConsentInput input) {
		ConsentVersion current = current(caller, input.consentId(), input.expectedVersion());
		String note = blankToNull(input.note());
		if (current.state() == ConsentState.WITHDRAWN || current.state() == ConsentState.ENDED) {
			throw HfiException.badInput("The consent is already withdrawn or ended");
		}
		LocalDate saidOn = (input.saidOn() != null) ? input.saidOn() : today();
		if (saidOn.isAfter(today())) {
			throw HfiException.badInput("input.saidOn: must not be in the future");
		}
		if (!input.isPartial()) {
			return insert(next(current, ConsentState.WITHDRAWN, current.grantorIds(), current.subjectIds(),
					current.provisions(), current.period(), current.signedOn(), current.signatureMethod(),
					current.documentReference(), new Withdrawal(Instant.now(this.clock), caller.id(), note, saidOn),
					current.partialWithdrawals(), null, caller.id()), ChangeKind.WITHDRAWAL);
		}
		if (input.subjectIds() != null && !current.subjectIds().containsAll(input.subjectIds())) {
			throw HfiException.badInput("input.subjectIds: only members the consent covers can be withdrawn");
		}
		// A partial withdrawal is a denial that wins over any permit, carried into every
		// later version.
		ProvisionDenial denial = new ProvisionDenial((input.categories() != null && !input.categories().isEmpty())
				? input.categories() : List.of(DataCategory.values()), input.recipients(), input.subjectIds());
		List<PartialWithdrawal> withdrawals = new ArrayList<>(current.partialWithdrawals());
		withdrawals.add(new PartialWithdrawal(denial, saidOn, Instant.now(this.clock), caller.id(), note));
		return insert(next(current, current.state(), current.grantorIds(), current.subjectIds(), current.provisions(),
				current.period(), current.signedOn(), current.signatureMethod(), current.documentReference(), null,
				withdrawals, null, caller.id()), ChangeKind.WITHDRAWAL);
	}

	/**
	 * Whether the family has an HFI consent in force on the day: a course starts only
	 * with one.
	 */
	public boolean hasActiveHfiConsent(String familyId, LocalDate day) {
		return ConsentHistory.current(this.consents.findByFamilyIdIn(List.of(familyId)))
			.stream()
			.anyMatch((version) -> version.purpose() == ConsentPurpose.HFI
					&& version.statusOn(day) == ConsentStatus.ACTIVE && version.period().contains(day));
	}

	/**
	 * Ends the family's consents with its course: a new version of each consent still in
	 * force or in draft, ending on the closing day. Safe to repeat: an ended consent is
	 * left alone.
	 */
	public void endWithCourse(String familyId, LocalDate closedOn, String byProfessionalId) {
		List<ConsentVersion> current = ConsentHistory.current(this.consents.findByFamilyIdIn(List.of(familyId)));
		for (ConsentVersion consent : current) {
			if (consent.state() != ConsentState.ACTIVE && consent.state() != ConsentState.DRAFT) {
				continue;
			}
			Period period = consent.period();
			LocalDate to = (period.to() == null || period.to().isAfter(closedOn)) ? closedOn : period.to();
			Period ended = new Period(period.from().isAfter(to) ? to : period.from(), to);
			try {
				this.consents.insert(next(consent, ConsentState.ENDED, consent.grantorIds(), consent.subjectIds(),
						consent.provisions(), ended, consent.signedOn(), consent.signatureMethod(),
						consent.documentReference(), null, consent.partialWithdrawals(), ConsentVersion.COURSE_CLOSED,
						byProfessionalId));
				this.changes.changed(familyId, ChangeKind.CONSENT);
			}
			catch (DuplicateKeyException ex) {
				// Changed at the same moment: the closed course already denies
				// consent-based access, so the record of the ending can wait for the
				// next closure attempt of this consent.
			}
		}
	}

	private ConsentVersion current(Caller caller, String consentId, int expectedVersion) {
		ConsentVersion current = this.consents.findTopByConsentIdOrderByVersionDesc(consentId)
			.orElseThrow(() -> HfiException.notFound("Consent"));
		this.families.find(caller, current.familyId());
		if (current.version() != expectedVersion) {
			throw HfiException.conflict("The consent");
		}
		return current;
	}

	private ConsentVersion next(ConsentVersion current, ConsentState state, List<String> grantors,
			List<String> subjects, List<Provision> provisions, Period period, @Nullable LocalDate signedOn,
			@Nullable SignatureMethod method, @Nullable String documentReference, @Nullable Withdrawal withdrawal,
			List<PartialWithdrawal> partialWithdrawals, @Nullable String endReason, String recordedBy) {
		int version = current.version() + 1;
		return new ConsentVersion(ConsentVersion.documentId(current.consentId(), version), current.consentId(), version,
				current.familyId(), current.purpose(), state, grantors, subjects, provisions, period, signedOn, method,
				documentReference, withdrawal, Instant.now(this.clock), recordedBy, partialWithdrawals, endReason);
	}

	private ConsentVersion insert(ConsentVersion version) {
		return insert(version, ChangeKind.CONSENT);
	}

	private ConsentVersion insert(ConsentVersion version, ChangeKind kind) {
		try {
			ConsentVersion inserted = this.consents.insert(version);
			this.changes.changed(inserted.familyId(), kind);
			return inserted;
		}
		catch (DuplicateKeyException ex) {
			throw HfiException.conflict("The consent");
		}
	}

	/**
	 * The provisions; an exception may name only members the consent covers (never echoed
	 * back).
	 */
	private static List<Provision> provisions(List<ProvisionInput> inputs, List<String> subjectIds) {
		List<Provision> provisions = inputs.stream().map(ProvisionInput::toProvision).toList();
		boolean foreign = provisions.stream()
			.flatMap((provision) -> provision.exceptions().stream())
			.anyMatch((exception) -> !subjectIds.containsAll(exception.subjectIds()));
		if (foreign) {
			throw HfiException
				.badInput("input.provisions: an exception may name only members the consent covers (its subjects)");
		}
		return provisions;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text != null && !text.isBlank()) ? text.strip() : null;
	}

}
