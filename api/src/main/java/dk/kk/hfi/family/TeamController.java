package dk.kk.hfi.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.domain.family.TeamMembership;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.professional.ProfessionalLoader;

/** The professionals behind core-team memberships and course transitions. */
@Controller
class TeamController {

	private final Clock clock;

	TeamController(Clock clock) {
		this.clock = clock;
	}

	@SchemaMapping
	CompletableFuture<Professional> professional(TeamMembership membership,
			DataLoader<String, Professional> professionals) {
		return ProfessionalLoader.load(professionals, membership.professionalId());
	}

	@SchemaMapping
	boolean active(TeamMembership membership) {
		return membership.isActiveOn(LocalDate.now(this.clock));
	}

	@SchemaMapping(typeName = "CourseTransition")
	CompletableFuture<Professional> by(TransitionView transition, DataLoader<String, Professional> professionals) {
		return ProfessionalLoader.load(professionals, transition.transition().byProfessionalId());
	}

}
