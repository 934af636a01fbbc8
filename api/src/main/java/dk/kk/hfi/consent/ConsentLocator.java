package dk.kk.hfi.consent;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.kk.hfi.access.RecordLocator;
import dk.kk.hfi.domain.consent.ConsentRepository;
import dk.kk.hfi.domain.family.Family;

/** Where a consent belongs, for the operation policy. */
@Component
class ConsentLocator implements RecordLocator {

	private final ConsentRepository consents;

	ConsentLocator(ConsentRepository consents) {
		this.consents = consents;
	}

	@Override
	public String argument() {
		return "consentId";
	}

	@Override
	public String recordName() {
		return "Consent";
	}

	@Override
	public Optional<Located> locate(String id) {
		return this.consents.findTopByConsentIdOrderByVersionDesc(id)
			.map((consent) -> new Located(consent.familyId(), Family.MEMBER_DATA_OWNERS));
	}

}
