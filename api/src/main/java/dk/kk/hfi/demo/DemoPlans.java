package dk.kk.hfi.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.demo.DemoContent.Voices;
import dk.kk.hfi.domain.course.Course;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.domain.family.TeamMembership;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRole;
import dk.kk.hfi.meeting.Meeting;
import dk.kk.hfi.plan.ActionStatus;
import dk.kk.hfi.plan.Goal;
import dk.kk.hfi.plan.GoalStatus;
import dk.kk.hfi.plan.Plan;
import dk.kk.hfi.plan.PlanAction;
import dk.kk.hfi.plan.Principle;
import dk.kk.hfi.plan.Theme;
import dk.kk.hfi.plan.ThemeSection;
import dk.kk.hfi.plan.Voice;

import static dk.kk.hfi.common.Administration.BIF;
import static dk.kk.hfi.common.Administration.BUF;
import static dk.kk.hfi.common.Administration.KFF;
import static dk.kk.hfi.common.Administration.SOF;
import static dk.kk.hfi.common.Administration.SUF;
import static dk.kk.hfi.demo.DemoFamilyQueries.activatedOn;
import static dk.kk.hfi.demo.DemoFamilyQueries.age;
import static dk.kk.hfi.demo.DemoFamilyQueries.caseworkerOn;
import static dk.kk.hfi.demo.DemoFamilyQueries.earliest;
import static dk.kk.hfi.demo.DemoFamilyQueries.minors;
import static dk.kk.hfi.demo.DemoFamilyQueries.mother;

/** Draws a family's plan: themes, goals, actions and voices. */
final class DemoPlans {

	private final DemoDraws draws;

	private final Map<String, Professional> professionals;

	DemoPlans(DemoDraws draws, Map<String, Professional> professionals) {
		this.draws = draws;
		this.professionals = professionals;
	}

	/** The plan of a family whose course started, as of its last meeting. */
	Optional<Plan> plan(Family family, List<Meeting> meetings, boolean leisure) {
		Course course = family.course();
		if (course.activatedOn() == null) {
			return Optional.empty();
		}
		String planId = "plan-" + family.id().substring("fam-".length());
		Member mother = mother(family);
		LocalDate lastMeeting = meetings.stream()
			.map(Meeting::date)
			.filter((date) -> !date.isAfter(this.draws.today()))
			.max(Comparator.naturalOrder())
			.orElse(course.activatedOn());
		List<Theme> themes = themes(planId, mother, minors(family, this.draws.today()));
		Member child = this.draws.pick(minors(family, this.draws.today()));
		List<Goal> goals = goals(planId, course, leisure, mother, child);
		List<PlanAction> actions = new ArrayList<>();
		for (Goal goal : goals) {
			actions.add(professionalAction(family, planId, actions.size() + 1, goal, child, course));
			if (this.draws.chance(0.5)) {
				actions.add(memberAction(planId, actions.size() + 1, goal, mother, child, course));
			}
		}
		return Optional.of(new Plan(planId, null, family.id(), themes, goals, actions, voices(family, course),
				this.draws.instant(lastMeeting), caseworkerOn(family, lastMeeting)));
	}

	/** Two priorities, one or two of the mother's burdens, and one or two children's. */
	private List<Theme> themes(String planId, Member mother, List<Member> minors) {
		List<Theme> themes = new ArrayList<>();
		for (String text : this.draws.picks(this.draws.content().plan().priorities(), 2)) {
			themes.add(new Theme(planId + "-t" + (themes.size() + 1), ThemeSection.PRIORITY, null, text));
		}
		for (String text : this.draws.picks(this.draws.content().plan().parentBurdens(), this.draws.between(1, 2))) {
			themes.add(new Theme(planId + "-t" + (themes.size() + 1), ThemeSection.PARENT_BURDEN, mother.id(), text));
		}
		for (Member child : this.draws.picks(minors, Math.min(minors.size(), this.draws.between(1, 2)))) {
			themes.add(new Theme(planId + "-t" + (themes.size() + 1), ThemeSection.CHILD_BURDEN, child.id(),
					this.draws.pick(this.draws.content().plan().childBurdens())));
			themes.add(new Theme(planId + "-t" + (themes.size() + 1), ThemeSection.CHILD_STRESS_REACTION, child.id(),
					this.draws.pick(this.draws.content().plan().childStressReactions())));
		}
		return themes;
	}

	/** SOF's, BIF's and BUF's goals always; KFF's with leisure; SUF's for half. */
	private List<Goal> goals(String planId, Course course, boolean leisure, Member mother, Member child) {
		List<Goal> goals = new ArrayList<>();
		addGoal(goals, planId, course, mother, SOF, text(goalTexts(SOF), child));
		addGoal(goals, planId, course, mother, BIF, text(goalTexts(BIF), child));
		addGoal(goals, planId, course, child, BUF, text(goalTexts(BUF), child));
		if (leisure) {
			addGoal(goals, planId, course, child, KFF, text(goalTexts(KFF), child));
		}
		if (this.draws.chance(0.5)) {
			addGoal(goals, planId, course, mother, SUF, text(goalTexts(SUF), child));
		}
		return goals;
	}

	/** Most mothers are heard, some fathers, and a third of the children from ten. */
	private List<Voice> voices(Family family, Course course) {
		LocalDate activatedOn = Objects.requireNonNull(course.activatedOn());
		List<Voice> voices = new ArrayList<>();
		for (Member member : family.members()) {
			double share = switch (member.role()) {
				case MOTHER -> 0.95;
				case FATHER, STEP_PARENT -> 0.15;
				case CHILD -> (age(member, this.draws.today()) >= 10) ? 0.3 : 0.0;
				default -> 0.0;
			};
			if (this.draws.chance(share)) {
				Voices voiceTexts = this.draws.content().plan().voices();
				List<String> said = switch (member.role()) {
					case MOTHER -> voiceTexts.mother();
					case CHILD -> voiceTexts.child();
					default -> voiceTexts.father();
				};
				voices.add(new Voice(member.id(), this.draws.pick(said),
						earliest(activatedOn.plusDays(this.draws.between(0, 30)), this.draws.today())));
			}
		}
		return voices;
	}

	private void addGoal(List<Goal> goals, String planId, Course course, Member member, Administration administration,
			String text) {
		long days = ChronoUnit.DAYS.between(course.activatedOn(),
				(course.closedOn() != null) ? course.closedOn() : this.draws.today());
		GoalStatus status;
		double roll = this.draws.nextDouble();
		if (course.closedOn() != null) {
			status = (roll < 0.6) ? GoalStatus.REACHED : (roll < 0.75) ? GoalStatus.DROPPED : GoalStatus.IN_PROGRESS;
		}
		else if (days > 300) {
			status = (roll < 0.35) ? GoalStatus.REACHED
					: (roll < 0.9) ? GoalStatus.IN_PROGRESS : GoalStatus.NOT_STARTED;
		}
		else {
			status = (roll < 0.6) ? GoalStatus.IN_PROGRESS : GoalStatus.NOT_STARTED;
		}
		goals.add(new Goal(planId + "-g" + (goals.size() + 1), text, member.id(), administration, status));
	}

	private PlanAction professionalAction(Family family, String planId, int n, Goal goal, Member child, Course course) {
		Administration administration = goal.administrationGoal();
		LocalDate due = activatedOn(course).plusDays(this.draws.between(30, 300));
		Professional professional = Objects
			.requireNonNull(this.professionals.get(responsible(family, administration, due)));
		List<Principle> principles = new ArrayList<>(List.of(switch (administration) {
			case SOF -> Principle.COHERENCE;
			case BIF -> Principle.KNOWLEDGE;
			case BUF -> Principle.WHOLENESS;
			case KFF -> Principle.FAMILY;
			case SUF -> Principle.CONTACT;
		}));
		Principle extra = this.draws.pick(List.of(Principle.values()));
		if (!principles.contains(extra)) {
			principles.add(extra);
		}
		return new PlanAction(planId + "-a" + n, goal.id(), description(professional, child.firstName()),
				professional.id(), null, administration, due, actionStatus(due), principles);
	}

	/** What the professional does, in the words of the action minutes. */
	private String description(Professional professional, String child) {
		String role = (professional.role() == ProfessionalRole.SPECIALIST && professional.administration() == SUF)
				? "SUF_SPECIALIST" : professional.role().name();
		List<String> texts = this.draws.content().plan().professionalActions().get(role);
		return (texts != null) ? text(texts, child) : professional.title() + " følger op på målet";
	}

	private List<String> goalTexts(Administration administration) {
		return Objects.requireNonNull(this.draws.content().plan().goals().get(administration));
	}

	/**
	 * One of the texts (drawn only if there are several), with the child's name for
	 * {barn}.
	 */
	private String text(List<String> texts, Member child) {
		return text(texts, child.firstName());
	}

	private String text(List<String> texts, String child) {
		String text = (texts.size() == 1) ? texts.get(0) : this.draws.pick(texts);
		return text.replace("{barn}", child);
	}

	private PlanAction memberAction(String planId, int n, Goal goal, Member mother, Member child, Course course) {
		boolean byChild = goal.administrationGoal() == BUF || goal.administrationGoal() == KFF;
		String description = text(
				byChild ? this.draws.content().plan().childActions() : this.draws.content().plan().motherActions(),
				child);
		LocalDate due = activatedOn(course).plusDays(this.draws.between(30, 300));
		return new PlanAction(planId + "-a" + n, goal.id(), description, null, byChild ? child.id() : mother.id(), null,
				due, actionStatus(due), List.of(Principle.FAMILY));
	}

	/**
	 * The team member of the administration on the due date, else its support-team
	 * representative.
	 */
	private String responsible(Family family, Administration administration, LocalDate due) {
		LocalDate day = earliest(due, this.draws.today());
		return family.coreTeam()
			.stream()
			.filter((membership) -> membership.administration() == administration && membership.isActiveOn(day)
					&& membership.role() != ProfessionalRole.HFI_REPRESENTATIVE)
			.map(TeamMembership::professionalId)
			.findFirst()
			.orElseGet(() -> switch (administration) {
				case SOF -> DemoIds.SUPPORT_COORDINATOR;
				case BIF -> DemoIds.BIF_CONSULTANT;
				case BUF -> DemoIds.BUF_PSYCHOLOGIST;
				case SUF -> this.draws.pick(List.of(DemoIds.SUF_PHYSIOTHERAPIST, DemoIds.SUF_HEALTH_NURSE));
				case KFF -> DemoIds.KFF_BRIDGE_BUILDER;
			});
	}

	private ActionStatus actionStatus(LocalDate due) {
		double roll = this.draws.nextDouble();
		if (due.isBefore(this.draws.today())) {
			return (roll < 0.7) ? ActionStatus.DONE : (roll < 0.9) ? ActionStatus.IN_PROGRESS : ActionStatus.CANCELLED;
		}
		return (roll < 0.5) ? ActionStatus.OPEN : ActionStatus.IN_PROGRESS;
	}

}
