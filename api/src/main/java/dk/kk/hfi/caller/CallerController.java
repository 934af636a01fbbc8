package dk.kk.hfi.caller;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.caller.ProfessionalCaller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRepository;
import dk.kk.hfi.family.FamilyService;

/** The {@code me} query: who the token says the caller is. */
@Controller
class CallerController {

	private final ProfessionalRepository professionals;

	private final FamilyService families;

	CallerController(ProfessionalRepository professionals, FamilyService families) {
		this.professionals = professionals;
		this.families = families;
	}

	@QueryMapping
	Caller me(@AuthenticationPrincipal Caller caller) {
		return caller;
	}

	@SchemaMapping
	@Nullable Professional professional(ProfessionalCaller caller) {
		return this.professionals.findById(caller.professionalId()).orElse(null);
	}

	@SchemaMapping
	Window<Family> families(ProfessionalCaller caller, ScrollSubrange subrange) {
		return this.families.caseloadOf(caller.professionalId(), subrange);
	}

}
