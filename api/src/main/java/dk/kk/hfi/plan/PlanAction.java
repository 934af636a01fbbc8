package dk.kk.hfi.plan;

import java.time.LocalDate;
import java.util.List;

import dk.kk.hfi.common.Administration;

/** Who helps with what: a professional or a family member doing something towards a goal. */
public record PlanAction(String id, String goalId, String description, String professionalId, String memberId,
		Administration administration, LocalDate due, ActionStatus status, List<Principle> principles) {

	public PlanAction {
		principles = (principles != null) ? List.copyOf(principles) : List.of();
	}

}
