package dk.kk.hfi.consent;

import org.springframework.stereotype.Component;

import dk.kk.hfi.access.RecordLocator;
import dk.kk.hfi.domain.consent.ConsentRepository;
import dk.kk.hfi.domain.family.Family;

/** Where a consent belongs, for the operation policy. */
@Component
class ConsentLocator extends RecordLocator.ByLookup {

	ConsentLocator(ConsentRepository consents) {
		super("consentId", "Consent", (id) -> consents.findTopByConsentIdOrderByVersionDesc(id)
			.map((consent) -> new Located(consent.familyId(), Family.MEMBER_DATA_OWNERS)));
	}

}
