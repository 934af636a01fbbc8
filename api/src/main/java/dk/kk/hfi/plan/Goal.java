package dk.kk.hfi.plan;

import dk.kk.hfi.common.Administration;

/** A goal of the plan, serving one administration's goal; {@code version} counts its own saved changes. */
public record Goal(String id, String text, String memberId, Administration administrationGoal, GoalStatus status,
		Long version) implements PlanItem {

	public Goal {
		version = (version != null) ? version : 0L;
	}

	public Goal(String id, String text, String memberId, Administration administrationGoal, GoalStatus status) {
		this(id, text, memberId, administrationGoal, status, 0L);
	}

	@Override
	public Goal withVersion(long version) {
		return new Goal(this.id, this.text, this.memberId, this.administrationGoal, this.status, version);
	}

}
