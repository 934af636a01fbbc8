package dk.kk.hfi.register;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.register.RegisterInputs.RecordRegisterObservationInput;
import dk.kk.hfi.register.RegisterInputs.RegisterObservationPayload;

/** A family's register observations, batched per request, and recording new ones. */
@Controller
class RegisterController {

	private final RegisterService service;

	RegisterController(RegisterService service) {
		this.service = service;
	}

	@BatchMapping(typeName = "Family")
	Map<Family, List<RegisterObservation>> registerObservations(List<Family> families) {
		return this.service.observationsOf(families);
	}

	/** The register's administration records its observations (the support team any). */
	@MutationMapping
	RegisterObservationPayload recordRegisterObservation(@Argument @Valid RecordRegisterObservationInput input,
			@AuthenticationPrincipal Caller caller) {
		return new RegisterObservationPayload(this.service.record(caller, input));
	}

}
