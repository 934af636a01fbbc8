package dk.kk.hfi.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.assessment.Agreement;
import dk.kk.hfi.assessment.AssessmentKind;
import dk.kk.hfi.assessment.ExperienceSurvey;
import dk.kk.hfi.assessment.SurveyAnswer;
import dk.kk.hfi.assessment.SurveyQuestion;
import dk.kk.hfi.common.Copenhagen;
import dk.kk.hfi.domain.course.Course;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.FamilyRole;
import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.meeting.Meeting;
import dk.kk.hfi.meeting.MeetingKind;
import dk.kk.hfi.plan.ActionStatus;
import dk.kk.hfi.plan.Goal;
import dk.kk.hfi.plan.Plan;
import dk.kk.hfi.plan.PlanAction;
import dk.kk.hfi.plan.PlanVersion;
import dk.kk.hfi.plan.Theme;
import dk.kk.hfi.plan.ThemeSection;
import dk.kk.hfi.plan.Voice;
import dk.kk.hfi.register.IncomeSupportType;
import dk.kk.hfi.register.RegisterKind;
import dk.kk.hfi.register.RegisterObservation;

/**
 * The course's history in the demo data, drawn after everything else from its own seeded
 * {@link Random} so the rest of the data set stays as it was: the plan's earlier versions
 * (one per plan-changing meeting, each meeting's actions on the plan and in its minutes),
 * register observations at the start and now, and the experience survey at the start and
 * the end, with shares like the evaluation's.
 */
final class DemoCourseHistory {

	/** At most this many versions of a plan before the current one. */
	private static final int MAX_EARLIER_VERSIONS = 4;

	private final LocalDate today;

	private final Random random;

	private final List<Plan> plans = new ArrayList<>();

	private final List<PlanVersion> planVersions = new ArrayList<>();

	private final List<Meeting> meetings = new ArrayList<>();

	private final List<RegisterObservation> observations = new ArrayList<>();

	private final List<ExperienceSurvey> surveys = new ArrayList<>();

	DemoCourseHistory(LocalDate today, long seed) {
		this.today = today;
		this.random = new Random(seed);
	}

	List<Plan> plans() {
		return this.plans;
	}

	List<PlanVersion> planVersions() {
		return this.planVersions;
	}

	List<Meeting> meetings() {
		return this.meetings;
	}

	List<RegisterObservation> observations() {
		return this.observations;
	}

	List<ExperienceSurvey> surveys() {
		return this.surveys;
	}

	/**
	 * Builds the history of every family; plans and meetings come back with their
	 * versions and minutes.
	 */
	DemoCourseHistory build(List<Family> families, List<Plan> plans, List<Meeting> meetings) {
		Map<String, Plan> planByFamily = new HashMap<>();
		plans.forEach((plan) -> planByFamily.put(plan.familyId(), plan));
		Map<String, List<Meeting>> meetingsByFamily = new HashMap<>();
		meetings.forEach((meeting) -> meetingsByFamily.computeIfAbsent(meeting.familyId(), (id) -> new ArrayList<>())
			.add(meeting));
		for (Family family : families) {
			List<Meeting> familyMeetings = meetingsByFamily.getOrDefault(family.id(), List.of());
			Plan plan = planByFamily.get(family.id());
			if (plan != null) {
				planHistory(plan, familyMeetings);
			}
			else {
				this.meetings.addAll(familyMeetings);
			}
			if (family.course().activatedOn() != null) {
				registerObservations(family);
				experienceSurveys(family);
			}
		}
		return this;
	}

	// Plan versions and action minutes

	private void planHistory(Plan plan, List<Meeting> familyMeetings) {
		List<Meeting> sorted = new ArrayList<>(familyMeetings);
		sorted.sort(Comparator.comparing(Meeting::date).thenComparing(Meeting::id));
		// The plan is saved at the start meeting and at the core-team and follow-up
		// meetings held since.
		List<Meeting> saving = new ArrayList<>();
		for (Meeting meeting : sorted) {
			boolean changesPlan = meeting.kind() == MeetingKind.START
					|| ((meeting.kind() == MeetingKind.CORE_TEAM || meeting.kind() == MeetingKind.FOLLOW_UP)
							&& !saving.isEmpty() && saving.size() <= MAX_EARLIER_VERSIONS);
			if (changesPlan && !meeting.date().isAfter(this.today) && !meeting.decisions().isEmpty()) {
				saving.add(meeting);
			}
		}
		if (saving.isEmpty()) {
			this.plans.add(plan);
			this.meetings.addAll(familyMeetings);
			return;
		}
		int current = saving.size() - 1;
		List<Goal> goals = plan.goals();
		Map<String, Integer> addedIn = new HashMap<>();
		for (int version = 0; version <= current; version++) {
			Set<String> goalIds = goalsIn(goals, version, current);
			for (PlanAction action : plan.actions()) {
				if (goalIds.contains(action.goalId())) {
					addedIn.putIfAbsent(action.id(), version);
				}
			}
		}
		List<PlanAction> actions = plan.actions()
			.stream()
			.map((action) -> withMeeting(action, saving.get(addedIn.getOrDefault(action.id(), current)).id()))
			.toList();
		for (int version = 0; version < current; version++) {
			LocalDate savedOn = saving.get(version).date();
			Set<String> goalIds = goalsIn(goals, version, current);
			final int v = version;
			List<Theme> themes = plan.themes()
				.stream()
				.filter((theme) -> v > 0 || theme.section() == ThemeSection.PRIORITY)
				.toList();
			List<PlanAction> then = actions.stream()
				.filter((action) -> goalIds.contains(action.goalId()))
				.map((action) -> asOf(action, savedOn))
				.toList();
			List<Voice> voices = plan.voices()
				.stream()
				.filter((voice) -> voice.memberId().endsWith("-m1") && !voice.recordedOn().isAfter(savedOn))
				.toList();
			this.planVersions.add(new PlanVersion(plan.id() + ":" + version, plan.id(), plan.familyId(), version,
					themes, goals.stream().filter((goal) -> goalIds.contains(goal.id())).toList(), then, voices,
					at(savedOn), plan.updatedBy()));
		}
		this.plans.add(new Plan(plan.id(), (long) current, plan.familyId(), plan.themes(), plan.goals(), actions,
				plan.voices(), at(saving.get(current).date()), plan.updatedBy()));

		Map<String, Integer> savedAt = new HashMap<>();
		for (int version = 0; version <= current; version++) {
			savedAt.put(saving.get(version).id(), version);
		}
		List<LocalDate> saveDates = saving.stream().map(Meeting::date).toList();
		for (Meeting meeting : familyMeetings) {
			Integer discussed = null;
			for (int version = 0; version < saveDates.size(); version++) {
				if (saveDates.get(version).isBefore(meeting.date())) {
					discussed = version;
				}
			}
			Integer produced = savedAt.get(meeting.id());
			List<PlanAction> minutes = (produced == null) ? List.of()
					: actions.stream()
						.filter((action) -> Objects.requireNonNull(meeting.id()).equals(action.meetingId()))
						.toList();
			this.meetings.add(new Meeting(meeting.id(), meeting.version(), meeting.familyId(), meeting.kind(),
					meeting.date(), meeting.professionalIds(), meeting.memberIds(),
					(meeting.kind() == MeetingKind.START) ? null : discussed, meeting.decisions(), minutes,
					meeting.professionalIds().isEmpty() ? null : meeting.professionalIds().get(0)));
		}
	}

	/** Goals grow from two at the start meeting to all of them in the current version. */
	private static Set<String> goalsIn(List<Goal> goals, int version, int current) {
		int count = (version == current) ? goals.size() : Math.min(goals.size(), 2 + version);
		Set<String> ids = new HashSet<>();
		goals.subList(0, count).forEach((goal) -> ids.add(goal.id()));
		return ids;
	}

	private static PlanAction withMeeting(PlanAction action, @Nullable String meetingId) {
		return new PlanAction(action.id(), action.goalId(), action.description(), action.professionalId(),
				action.memberId(), action.administration(), action.due(), action.status(), action.principles(),
				meetingId);
	}

	/** An action as it stood on an earlier day: not done before it was due. */
	private static PlanAction asOf(PlanAction action, LocalDate day) {
		ActionStatus status = (action.due() != null && action.due().isAfter(day)
				&& action.status() != ActionStatus.CANCELLED) ? ActionStatus.OPEN : action.status();
		return new PlanAction(action.id(), action.goalId(), action.description(), action.professionalId(),
				action.memberId(), action.administration(), action.due(), status, action.principles(),
				action.meetingId());
	}

	// Register observations: at the start (the 12 months before) and now (or at closing)

	private void registerObservations(Family family) {
		Course course = family.course();
		LocalDate activatedOn = Objects.requireNonNull(course.activatedOn());
		LocalDate start = activatedOn.minusDays(14);
		LocalDate end = (course.closedOn() != null) ? course.closedOn() : this.today.minusDays(30);
		boolean followedUp = ChronoUnit.DAYS.between(activatedOn, end) >= 180;
		for (Member member : family.members()) {
			boolean parent = member.role().isParentFigure() && member.livesInHousehold();
			Integer age = member.ageOn(this.today);
			if (parent) {
				IncomeSupportType before = this.random.nextDouble() < 0.66 ? IncomeSupportType.KONTANTHJAELP
						: pick(List.of(IncomeSupportType.RESSOURCEFORLOB, IncomeSupportType.RESSOURCEFORLOB,
								IncomeSupportType.FORTIDSPENSION, IncomeSupportType.EMPLOYMENT,
								IncomeSupportType.OTHER));
				observe(family, member, RegisterKind.INCOME_SUPPORT, start, before, null, null, null, "DREAM");
				observe(family, member, RegisterKind.LEISURE_PARTICIPATION, start, null, null, null,
						this.random.nextDouble() < 0.25, "KFF's fritidsregistrering");
				if (followedUp) {
					observe(family, member, RegisterKind.INCOME_SUPPORT, end, after(before), null, null, null, "DREAM");
					observe(family, member, RegisterKind.INTERNSHIP, end, null, this.random.nextDouble() < 0.34, null,
							null, "Jobcenterets sagssystem");
					observe(family, member, RegisterKind.LEISURE_PARTICIPATION, end, null, null, null,
							this.random.nextDouble() < 0.7, "KFF's fritidsregistrering");
				}
			}
			else if (member.role() == FamilyRole.CHILD && member.livesInHousehold() && age != null && age >= 6
					&& age < 18) {
				observe(family, member, RegisterKind.SCHOOL_ABSENCE, start, null, null, absenceDays(17.6), null,
						"Skolernes fraværsregistrering");
				observe(family, member, RegisterKind.LEISURE_PARTICIPATION, start, null, null, null,
						this.random.nextDouble() < 0.32, "KFF's fritidsregistrering");
				if (followedUp) {
					observe(family, member, RegisterKind.SCHOOL_ABSENCE, end, null, null, absenceDays(19.0), null,
							"Skolernes fraværsregistrering");
					observe(family, member, RegisterKind.LEISURE_PARTICIPATION, end, null, null, null,
							this.random.nextDouble() < 0.78, "KFF's fritidsregistrering");
				}
			}
		}
	}

	/**
	 * Kontanthjælp 66 % → 43 %: some move to ressourceforløb, førtidspension, education
	 * or a job.
	 */
	private IncomeSupportType after(IncomeSupportType before) {
		if (before != IncomeSupportType.KONTANTHJAELP || this.random.nextDouble() < 0.65) {
			return before;
		}
		double roll = this.random.nextDouble();
		return (roll < 0.35) ? IncomeSupportType.FORTIDSPENSION : (roll < 0.6) ? IncomeSupportType.RESSOURCEFORLOB
				: (roll < 0.8) ? IncomeSupportType.EDUCATION : IncomeSupportType.EMPLOYMENT;
	}

	/**
	 * Absence days per 12 months around the given mean, skewed: most children little,
	 * some a lot.
	 */
	private int absenceDays(double mean) {
		double draw = -mean * Math.log(1 - this.random.nextDouble());
		return (int) Math.min(120, Math.round(draw));
	}

	private void observe(Family family, Member member, RegisterKind kind, LocalDate on,
			@Nullable IncomeSupportType income, @Nullable Boolean internship, @Nullable Integer absence,
			@Nullable Boolean leisure, String source) {
		String id = String.format("reg-%s-%02d", family.id().substring(4),
				this.observations.stream().filter((observation) -> observation.familyId().equals(family.id())).count()
						+ 1);
		this.observations.add(new RegisterObservation(id, family.id(), member.id(), kind, on, income, internship,
				absence, leisure, source));
	}

	// The family's experience survey

	private void experienceSurveys(Family family) {
		Course course = family.course();
		Member mother = family.members().get(0);
		LocalDate activatedOn = Objects.requireNonNull(course.activatedOn());
		LocalDate start = earliest(activatedOn.plusDays(7), this.today);
		this.surveys.add(survey(family, mother, AssessmentKind.BASELINE, start, 0));
		LocalDate end = (course.closedOn() != null) ? course.closedOn()
				: activatedOn.isBefore(this.today.minusDays(300)) ? this.today.minusDays(20) : null;
		if (end != null) {
			this.surveys.add(survey(family, mother, AssessmentKind.CLOSING, end, 1));
		}
	}

	private ExperienceSurvey survey(Family family, Member respondent, AssessmentKind kind, LocalDate on, int when) {
		List<SurveyAnswer> answers = new ArrayList<>();
		for (SurveyQuestion question : SurveyQuestion.values()) {
			double roll = this.random.nextDouble();
			double yes = Objects.requireNonNull(DemoEvaluation.YES_SHARES.get(question))[when];
			Agreement answer = (roll < yes) ? Agreement.YES
					: (roll < yes + (1 - yes) / 2) ? Agreement.PARTLY : Agreement.NO;
			answers.add(new SurveyAnswer(question, answer));
		}
		return new ExperienceSurvey("svy-" + family.id().substring(4) + "-" + ((when == 0) ? "start" : "end"),
				family.id(), respondent.id(), kind, on, answers);
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static Instant at(LocalDate day) {
		return day.atTime(15, 0).atZone(Copenhagen.ZONE).toInstant();
	}

	private static LocalDate earliest(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
