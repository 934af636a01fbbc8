package dk.kk.hfi.professional;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.professional.ProfessionalInputs.CreateProfessionalInput;
import dk.kk.hfi.professional.ProfessionalInputs.ProfessionalPayload;
import dk.kk.hfi.professional.ProfessionalInputs.UpdateProfessionalInput;

/** Queries and mutations of professionals. */
@Controller
class ProfessionalController {

	private final ProfessionalService professionals;

	ProfessionalController(ProfessionalService professionals) {
		this.professionals = professionals;
	}

	@QueryMapping
	Professional professional(@Argument String id) {
		return this.professionals.find(id);
	}

	@QueryMapping
	Window<Professional> professionals(@Argument Administration administration, @Argument String text,
			ScrollSubrange subrange) {
		return this.professionals.page(administration, text, subrange);
	}

	@QueryMapping
	List<Professional> supportTeam() {
		return this.professionals.supportTeam();
	}

	@MutationMapping
	ProfessionalPayload createProfessional(@Argument @Valid CreateProfessionalInput input,
			@AuthenticationPrincipal Caller caller) {
		return new ProfessionalPayload(this.professionals.create(caller, input));
	}

	@MutationMapping
	ProfessionalPayload updateProfessional(@Argument @Valid UpdateProfessionalInput input,
			@AuthenticationPrincipal Caller caller) {
		return new ProfessionalPayload(this.professionals.update(caller, input));
	}

}
