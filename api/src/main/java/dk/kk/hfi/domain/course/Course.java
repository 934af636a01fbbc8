package dk.kk.hfi.domain.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A family's course in HFI: the current status and every transition that led there. */
public record Course(CourseStatus status, LocalDate referredOn, @Nullable LocalDate activatedOn,
		@Nullable LocalDate closedOn, List<CourseTransition> transitions) {

	public Course {
		transitions = (transitions != null) ? List.copyOf(transitions) : List.of();
	}

	public static Course referred(LocalDate on, String byProfessionalId) {
		return new Course(CourseStatus.REFERRED, on, null, null,
				List.of(new CourseTransition(CourseStatus.REFERRED, on, byProfessionalId, null)));
	}

	public Course moveTo(CourseStatus status, LocalDate on, @Nullable String byProfessionalId,
			@Nullable String reason) {
		return moveTo(status, on, byProfessionalId, reason, null);
	}

	public Course moveTo(CourseStatus status, LocalDate on, @Nullable String byProfessionalId, @Nullable String reason,
			@Nullable CourseClosingReason closingReason) {
		return moveTo(new CourseTransition(status, on, byProfessionalId, reason, closingReason));
	}

	/** The course after the transition. */
	public Course moveTo(CourseTransition transition) {
		List<CourseTransition> all = new ArrayList<>(this.transitions);
		all.add(transition);
		CourseStatus status = transition.to();
		return new Course(status, this.referredOn, (status == CourseStatus.ACTIVE) ? transition.on() : this.activatedOn,
				(status == CourseStatus.CLOSED) ? transition.on() : this.closedOn, all);
	}

}
