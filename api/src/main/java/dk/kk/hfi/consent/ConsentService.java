package dk.kk.hfi.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import dk.kk.hfi.caller.Caller;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.consent.ConsentInputs.ChangeConsentInput;
import dk.kk.hfi.consent.ConsentInputs.ProvisionInput;
import dk.kk.hfi.consent.ConsentInputs.RecordConsentInput;
import dk.kk.hfi.consent.ConsentInputs.WithdrawConsentInput;
import dk.kk.hfi.family.Family;
import dk.kk.hfi.family.FamilyService;

/**
 * The rules of consents. Every change inserts the next immutable version; the unique (consentId, version) index
 * makes a stale or racing change fail with CONFLICT, so nothing is ever overwritten or lost. Access decisions read
 * the current versions on every request, so a withdrawal takes effect on the very next one.
 */
@Service
class ConsentService {

	private final ConsentRepository consents;

	private final Clock clock;

	private final FamilyService families;

	ConsentService(ConsentRepository consents, FamilyService families, Clock clock) {
		this.clock = clock;
		this.consents = consents;
		this.families = families;
	}

	ConsentVersion record(Caller caller, RecordConsentInput input) {
		Family family = this.families.find(caller, input.familyId());
		GrantorCapacity.check(family, input.grantorIds(), input.subjectIds(), LocalDate.now(this.clock));
		String consentId = UUID.randomUUID().toString();
		return insert(new ConsentVersion(ConsentVersion.documentId(consentId, 1), consentId, 1, family.id(),
				(input.purpose() != null) ? input.purpose() : ConsentPurpose.HFI,
				Boolean.TRUE.equals(input.draft()) ? ConsentState.DRAFT : ConsentState.ACTIVE, input.grantorIds(),
				input.subjectIds(), provisions(input.provisions()), input.period(), input.signedOn(),
				input.signatureMethod(), input.documentReference(), null, Instant.now(this.clock),
				caller.id()));
	}

	ConsentVersion change(Caller caller, ChangeConsentInput input) {
		ConsentVersion current = current(caller, input.consentId(), input.expectedVersion());
		if (current.state() == ConsentState.WITHDRAWN) {
			throw HfiException.badInput("A withdrawn consent cannot be changed: record a new consent");
		}
		Family family = this.families.find(caller, current.familyId());
		List<String> grantors = (input.grantorIds() != null) ? input.grantorIds() : current.grantorIds();
		List<String> subjects = (input.subjectIds() != null) ? input.subjectIds() : current.subjectIds();
		GrantorCapacity.check(family, grantors, subjects, LocalDate.now(this.clock));
		ConsentState state = Boolean.TRUE.equals(input.activate()) ? ConsentState.ACTIVE : current.state();
		return insert(next(current, state, grantors, subjects,
				(input.provisions() != null) ? provisions(input.provisions()) : current.provisions(),
				(input.period() != null) ? input.period() : current.period(),
				(input.signedOn() != null) ? input.signedOn() : current.signedOn(),
				(input.signatureMethod() != null) ? input.signatureMethod() : current.signatureMethod(),
				(input.documentReference() != null) ? input.documentReference() : current.documentReference(), null,
				caller.id()));
	}

	ConsentVersion withdraw(Caller caller, WithdrawConsentInput input) {
		ConsentVersion current = current(caller, input.consentId(), input.expectedVersion());
		if (current.state() == ConsentState.WITHDRAWN) {
			throw HfiException.badInput("The consent is already withdrawn");
		}
		if (!input.isPartial()) {
			return insert(next(current, ConsentState.WITHDRAWN, current.grantorIds(), current.subjectIds(),
					current.provisions(), current.period(), current.signedOn(), current.signatureMethod(),
					current.documentReference(),
					new Withdrawal(Instant.now(this.clock), caller.id(), input.note()), caller.id()));
		}
		if (input.subjectIds() != null && !current.subjectIds().containsAll(input.subjectIds())) {
			throw HfiException.badInput("input.subjectIds: only members the consent covers can be withdrawn");
		}
		// A partial withdrawal is a denial added to every provision: deny wins over any permit.
		ProvisionException denial = new ProvisionException(
				(input.categories() != null && !input.categories().isEmpty()) ? input.categories()
						: List.of(dk.kk.hfi.common.DataCategory.values()),
				input.recipients(), input.subjectIds());
		List<Provision> provisions = current.provisions().stream().map((provision) -> {
			List<ProvisionException> exceptions = new ArrayList<>(provision.exceptions());
			exceptions.add(denial);
			return new Provision(provision.recipients(), provision.categories(), exceptions);
		}).toList();
		return insert(next(current, current.state(), current.grantorIds(), current.subjectIds(), provisions,
				current.period(), current.signedOn(), current.signatureMethod(), current.documentReference(), null,
				caller.id()));
	}

	private ConsentVersion current(Caller caller, String consentId, int expectedVersion) {
		ConsentVersion current = this.consents.findTopByConsentIdOrderByVersionDesc(consentId)
			.orElseThrow(() -> HfiException.notFound("Consent " + consentId));
		this.families.find(caller, current.familyId());
		if (current.version() != expectedVersion) {
			throw HfiException.conflict("The consent");
		}
		return current;
	}

	private ConsentVersion next(ConsentVersion current, ConsentState state, List<String> grantors,
			List<String> subjects, List<Provision> provisions, dk.kk.hfi.common.Period period, LocalDate signedOn,
			SignatureMethod method, String documentReference, Withdrawal withdrawal,
			String recordedBy) {
		int version = current.version() + 1;
		return new ConsentVersion(ConsentVersion.documentId(current.consentId(), version), current.consentId(),
				version, current.familyId(), current.purpose(), state, grantors, subjects, provisions, period, signedOn,
				method, documentReference, withdrawal, Instant.now(this.clock), recordedBy);
	}

	private ConsentVersion insert(ConsentVersion version) {
		try {
			return this.consents.insert(version);
		}
		catch (DuplicateKeyException ex) {
			throw HfiException.conflict("The consent");
		}
	}

	private static List<Provision> provisions(List<ProvisionInput> inputs) {
		return inputs.stream().map(ProvisionInput::toProvision).toList();
	}


}
