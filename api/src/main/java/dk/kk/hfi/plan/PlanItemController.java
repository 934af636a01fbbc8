package dk.kk.hfi.plan;

import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.access.AccessContext;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.plan.PlanInputs.MovePlanItemInput;
import dk.kk.hfi.plan.PlanInputs.PlanPayload;
import dk.kk.hfi.plan.PlanInputs.RemovePlanItemInput;
import dk.kk.hfi.plan.PlanInputs.SavePlanActionInput;
import dk.kk.hfi.plan.PlanInputs.SavePlanGoalInput;
import dk.kk.hfi.plan.PlanInputs.SavePlanThemeInput;
import dk.kk.hfi.plan.PlanInputs.SavePlanVoiceInput;
import dk.kk.hfi.plan.PlanInputs.StartPlanInput;

/**
 * The plan's items one at a time: themes, goals, actions and voices, as the board edits
 * them.
 */
@Controller
class PlanItemController {

	private final PlanItemService items;

	PlanItemController(PlanItemService items) {
		this.items = items;
	}

	@MutationMapping
	PlanPayload startPlan(@Argument @Valid StartPlanInput input, @AuthenticationPrincipal Caller caller) {
		return new PlanPayload(this.items.start(caller, input.familyId()));
	}

	@MutationMapping
	PlanPayload savePlanTheme(@Argument @Valid SavePlanThemeInput input, @AuthenticationPrincipal Caller caller) {
		return new PlanPayload(this.items.saveTheme(caller, input));
	}

	@MutationMapping
	PlanPayload savePlanGoal(@Argument @Valid SavePlanGoalInput input, @AuthenticationPrincipal Caller caller) {
		return new PlanPayload(this.items.saveGoal(caller, input));
	}

	@MutationMapping
	PlanPayload savePlanAction(@Argument @Valid SavePlanActionInput input, @AuthenticationPrincipal Caller caller) {
		return new PlanPayload(this.items.saveAction(caller, input));
	}

	@MutationMapping
	PlanPayload savePlanVoice(@Argument @Valid SavePlanVoiceInput input, @AuthenticationPrincipal Caller caller) {
		return new PlanPayload(this.items.saveVoice(caller, input));
	}

	@MutationMapping
	PlanPayload movePlanItem(@Argument @Valid MovePlanItemInput input, @AuthenticationPrincipal Caller caller) {
		return new PlanPayload(this.items.move(caller, input));
	}

	@MutationMapping
	PlanPayload removePlanItem(@Argument @Valid RemovePlanItemInput input, @AuthenticationPrincipal Caller caller,
			DataFetchingEnvironment env) {
		return new PlanPayload(this.items.remove(caller, input,
				AccessContext.of(env.getGraphQlContext()).permitting(DataCategory.MEETING)));
	}

}
