package dk.kk.hfi.plan;

import java.util.Arrays;
import java.util.List;

/** How the actions of a plan serve one principle. */
public record PrincipleFollowUp(Principle principle, int actions, int open, int done) {

	/** Every principle, in order, with the plan's actions serving it. */
	static List<PrincipleFollowUp> of(Plan plan) {
		return Arrays.stream(Principle.values()).map((principle) -> {
			List<PlanAction> serving = plan.actions()
				.stream()
				.filter((action) -> action.principles().contains(principle))
				.toList();
			int done = (int) serving.stream().filter((action) -> action.status() == ActionStatus.DONE).count();
			int open = (int) serving.stream()
				.filter((action) -> action.status() == ActionStatus.OPEN || action.status() == ActionStatus.IN_PROGRESS)
				.count();
			return new PrincipleFollowUp(principle, serving.size(), open, done);
		}).toList();
	}

}
