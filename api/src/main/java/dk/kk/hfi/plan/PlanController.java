package dk.kk.hfi.plan;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.access.AccessContext;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.plan.PlanInputs.PlanPayload;
import dk.kk.hfi.plan.PlanInputs.SavePlanInput;

/** A family's plan as a whole: saving it, its history and the voices it lacks. */
@Controller
class PlanController {

	private final PlanService service;

	private final PlanVoices voices;

	PlanController(PlanService service, PlanVoices voices) {
		this.service = service;
		this.voices = voices;
	}

	@MutationMapping
	PlanPayload savePlan(@Argument @Valid SavePlanInput input, @AuthenticationPrincipal Caller caller,
			DataFetchingEnvironment env) {
		return new PlanPayload(this.service.save(caller, input,
				AccessContext.of(env.getGraphQlContext()).permitting(DataCategory.MEETING)));
	}

	/**
	 * Earlier versions of each plan, newest first: one query for every plan of the
	 * request.
	 */
	@BatchMapping(typeName = "Plan")
	Map<Plan, List<PlanVersion>> history(List<Plan> plans) {
		return this.service.history(plans);
	}

	@SchemaMapping(typeName = "Plan")
	List<PrincipleFollowUp> principles(Plan plan) {
		return PrincipleFollowUp.of(plan);
	}

	@SchemaMapping(typeName = "Goal")
	String administrationGoalText(Goal goal) {
		return goal.administrationGoalText();
	}

	@BatchMapping(typeName = "Family")
	Map<Family, Plan> plan(List<Family> families) {
		return this.service.planOf(families);
	}

	@BatchMapping(typeName = "Plan")
	Map<Plan, List<Member>> membersWithoutVoice(List<Plan> plans) {
		return this.voices.membersWithoutVoice(plans);
	}

	/**
	 * The members whose perspective the plan lacks and should have, with why they are
	 * flagged.
	 */
	@BatchMapping(typeName = "Plan")
	Map<Plan, List<MissingVoice>> missingVoices(List<Plan> plans) {
		return this.voices.missingVoices(plans);
	}

}
