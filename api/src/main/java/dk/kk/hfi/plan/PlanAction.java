package dk.kk.hfi.plan;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Administration;

/**
 * Who helps with what: a professional or a family member doing something towards a goal;
 * {@code meetingId} names the meeting whose action minutes added it.
 */
public record PlanAction(String id, String goalId, String description, @Nullable String professionalId,
		@Nullable String memberId, @Nullable Administration administration, LocalDate due, ActionStatus status,
		List<Principle> principles, @Nullable String meetingId, @Nullable Long version) implements PlanItem {

	public PlanAction {
		principles = (principles != null) ? List.copyOf(principles) : List.of();
		version = (version != null) ? version : 0L;
	}

	public PlanAction(String id, String goalId, String description, @Nullable String professionalId,
			@Nullable String memberId, @Nullable Administration administration, LocalDate due, ActionStatus status,
			List<Principle> principles, @Nullable String meetingId) {
		this(id, goalId, description, professionalId, memberId, administration, due, status, principles, meetingId, 0L);
	}

	public PlanAction(String id, String goalId, String description, @Nullable String professionalId,
			@Nullable String memberId, @Nullable Administration administration, LocalDate due, ActionStatus status,
			List<Principle> principles) {
		this(id, goalId, description, professionalId, memberId, administration, due, status, principles, null);
	}

	@Override
	public PlanAction withVersion(long version) {
		return new PlanAction(this.id, this.goalId, this.description, this.professionalId, this.memberId,
				this.administration, this.due, this.status, this.principles, this.meetingId, version);
	}

}
