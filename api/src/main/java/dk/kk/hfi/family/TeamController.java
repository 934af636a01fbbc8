package dk.kk.hfi.family;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.domain.family.TeamMembership;

/** Whether a core-team membership is active today. */
@Controller
class TeamController {

	private final Clock clock;

	TeamController(Clock clock) {
		this.clock = clock;
	}

	@SchemaMapping
	boolean active(TeamMembership membership) {
		return membership.isActiveOn(LocalDate.now(this.clock));
	}

}
