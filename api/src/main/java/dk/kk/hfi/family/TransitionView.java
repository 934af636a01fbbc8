package dk.kk.hfi.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.PersonalData;
import dk.kk.hfi.domain.course.CourseClosingReason;
import dk.kk.hfi.domain.course.CourseStatus;
import dk.kk.hfi.domain.course.CourseTransition;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.TeamMembership;

/**
 * A course transition as the schema shows it. Its status and date are course
 * administration, visible to the family's teams; its reason in words is its author's
 * administration's case data ("mor er overgået til ressourceforløb" is BIF's employment
 * data), read by another administration only by consent.
 */
public record TransitionView(String id, String familyId, List<String> subjectIds, Administration author,
		CourseTransition transition) implements PersonalData {

	/** The transitions of a family's course, oldest first. */
	public static List<TransitionView> of(Family family) {
		List<TransitionView> views = new ArrayList<>();
		List<CourseTransition> transitions = family.course().transitions();
		for (int i = 0; i < transitions.size(); i++) {
			CourseTransition transition = transitions.get(i);
			// Stored since the note is its writer's administration's; before, the
			// writer's
			// place on the core team tells it.
			Administration author = (transition.byAdministration() != null) ? transition.byAdministration()
					: family.coreTeam()
						.stream()
						.filter((membership) -> membership.professionalId().equals(transition.byProfessionalId()))
						.map(TeamMembership::administration)
						.findFirst()
						.orElse(Administration.SOF);
			views.add(new TransitionView(family.id() + ":course:" + i, family.id(), family.subjectIds(), author,
					transition));
		}
		return views;
	}

	@Override
	public Set<Administration> owners() {
		return Set.of(this.author);
	}

	@Override
	public DataCategory category() {
		return this.author.caseCategory();
	}

	public CourseStatus to() {
		return this.transition.to();
	}

	public LocalDate on() {
		return this.transition.on();
	}

	public @Nullable String byProfessionalId() {
		return this.transition.byProfessionalId();
	}

	public @Nullable String reason() {
		return this.transition.reason();
	}

	public @Nullable CourseClosingReason closingReason() {
		return this.transition.closingReason();
	}

}
