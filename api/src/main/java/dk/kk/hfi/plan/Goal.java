package dk.kk.hfi.plan;

import java.util.Map;
import java.util.Objects;

import dk.kk.hfi.common.Administration;

/**
 * A goal of the plan, serving one administration's goal; {@code version} counts its own
 * saved changes.
 */
public record Goal(String id, String text, String memberId, Administration administrationGoal, GoalStatus status,
		Long version) implements PlanItem {

	/**
	 * The administrations' goals for HFI families (docs/DOMAIN.md), which a plan's goals
	 * serve.
	 */
	private static final Map<Administration, String> ADMINISTRATION_GOALS = Map.of(Administration.SOF,
			"Forældrene får styrket deres forældrekompetencer og mestrer hverdagen", Administration.KFF,
			"Familien bliver en del af positive fællesskaber", Administration.BUF,
			"Barnet deltager og trives i dagtilbud og skole", Administration.BIF,
			"Forælderen kommer tættere på job eller uddannelse", Administration.SUF,
			"Børnenes sundhed tages hurtigere i betragtning, og forældrene trives");

	public Goal {
		version = (version != null) ? version : 0L;
	}

	public Goal(String id, String text, String memberId, Administration administrationGoal, GoalStatus status) {
		this(id, text, memberId, administrationGoal, status, 0L);
	}

	/** The administration's goal in words. */
	String administrationGoalText() {
		// Every administration has its goal.
		return Objects.requireNonNull(ADMINISTRATION_GOALS.get(this.administrationGoal));
	}

	@Override
	public Goal withVersion(long version) {
		return new Goal(this.id, this.text, this.memberId, this.administrationGoal, this.status, version);
	}

}
