package dk.kk.hfi.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import jakarta.validation.Valid;
import org.dataloader.BatchLoaderEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.consent.ConsentInputs.ChangeConsentInput;
import dk.kk.hfi.consent.ConsentInputs.ConsentPayload;
import dk.kk.hfi.consent.ConsentInputs.RecordConsentInput;
import dk.kk.hfi.consent.ConsentInputs.WithdrawConsentInput;
import dk.kk.hfi.domain.RequestSnapshot;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.consent.ConsentStatus;
import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.family.Family;

/**
 * A family's consents, their derived fields and history, and the consent mutations.
 */
@Controller
class ConsentController {

	private final ConsentService service;

	private final Clock clock;

	ConsentController(ConsentService service, Clock clock) {
		this.clock = clock;
		this.service = service;
	}

	@MutationMapping
	ConsentPayload recordConsent(@Argument @Valid RecordConsentInput input, @AuthenticationPrincipal Caller caller) {
		return new ConsentPayload(this.service.record(caller, input));
	}

	@MutationMapping
	ConsentPayload changeConsent(@Argument @Valid ChangeConsentInput input, @AuthenticationPrincipal Caller caller) {
		return new ConsentPayload(this.service.change(caller, input));
	}

	@MutationMapping
	ConsentPayload withdrawConsent(@Argument @Valid WithdrawConsentInput input,
			@AuthenticationPrincipal Caller caller) {
		return new ConsentPayload(this.service.withdraw(caller, input));
	}

	@BatchMapping(typeName = "Family")
	Map<Family, List<ConsentVersion>> consents(List<Family> families, BatchLoaderEnvironment environment) {
		return this.service.currentOf(families,
				(environment.getContext() instanceof GraphQLContext context) ? RequestSnapshot.of(context) : null);
	}

	@SchemaMapping(typeName = "Consent")
	ConsentStatus status(ConsentVersion consent) {
		return consent.statusOn(LocalDate.now(this.clock));
	}

	@SchemaMapping(typeName = "Consent")
	String id(ConsentVersion consent) {
		return consent.consentId();
	}

	@BatchMapping(typeName = "Consent")
	Map<ConsentVersion, List<ConsentVersion>> history(List<ConsentVersion> versions) {
		return this.service.earlierVersions(versions);
	}

	@SchemaMapping(typeName = "Consent")
	ConsentNotes.@Nullable WithdrawalView withdrawal(ConsentVersion consent) {
		return (consent.withdrawal() != null) ? ConsentNotes.WithdrawalView.of(consent, consent.withdrawal()) : null;
	}

	@SchemaMapping(typeName = "Consent")
	List<ConsentNotes.PartialWithdrawalView> partialWithdrawals(ConsentVersion consent) {
		return ConsentNotes.PartialWithdrawalView.allOf(consent);
	}

}
