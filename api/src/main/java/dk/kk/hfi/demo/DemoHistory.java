package dk.kk.hfi.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dk.kk.hfi.assessment.Assessment;
import dk.kk.hfi.assessment.ExperienceSurvey;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.Copenhagen;
import dk.kk.hfi.domain.consent.ConsentState;
import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.course.CourseTransition;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.FamilyRole;
import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.domain.family.StoredRelation;
import dk.kk.hfi.domain.family.TeamMembership;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.measure.LeisureBridging;
import dk.kk.hfi.measure.Measure;
import dk.kk.hfi.meeting.Meeting;
import dk.kk.hfi.plan.ActionStatus;
import dk.kk.hfi.plan.Goal;
import dk.kk.hfi.plan.Plan;
import dk.kk.hfi.plan.PlanAction;
import dk.kk.hfi.plan.PlanVersion;
import dk.kk.hfi.plan.Theme;
import dk.kk.hfi.plan.Voice;
import dk.kk.hfi.register.RegisterObservation;

import static dk.kk.hfi.demo.DemoFamilyQueries.latest;

/**
 * A demo family's history as the API's changes that make it: referral with members and
 * relations, custody, team, consent conversation, consents, activation, plan, meetings,
 * measures, assessments, surveys, register observations, withdrawals and closing, each on
 * its day and by the professional the data names. The referring caseworker names the
 * members and their relations; the support coordinator sets up custody and the team, as
 * the support team may for any family, and records measures, assessments and
 * observations.
 */
final class DemoHistory {

	/** One request: the mutation, once per input, in order; the new ids it hands out. */
	record Step(LocalDate on, Phase phase, Professional by, String mutation, List<Map<String, Object>> inputs,
			List<String> newIds) {
	}

	/** What happens first on the same day. */
	enum Phase {

		REFERRAL, SETUP, TEAM_LEAVES, TEAM_JOINS, CONVERSATION, CONSENT, ACTIVATION, PLAN, MEETING, MEASURE, ASSESSMENT,
		ACTION_STATUS, WITHDRAWAL, CLOSING

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> INPUT = new TypeReference<>() {
	};

	private final Map<String, Professional> professionals;

	private final Professional coordinator;

	private final Family family;

	private final List<Step> steps = new ArrayList<>();

	/**
	 * The day the data set describes: the actions' progress of a course going on is saved
	 * then.
	 */
	private final LocalDate today;

	private DemoHistory(Map<String, Professional> professionals, Family family, LocalDate today) {
		this.professionals = professionals;
		this.today = today;
		this.coordinator = professional(DemoIds.SUPPORT_COORDINATOR);
		this.family = family;
	}

	/**
	 * The family's steps in the order they happened, up to {@code today}, the day the
	 * data set describes; the family's version follows them.
	 */
	static List<Step> of(Family family, DemoDataSet data, LocalDate today) {
		DemoHistory history = new DemoHistory(
				data.professionals().stream().collect(Collectors.toMap(Professional::id, Function.identity())), family,
				today);
		history.referral();
		history.team();
		history.course();
		ofFamily(data.consents(), ConsentVersion::familyId, family).stream()
			.collect(Collectors.groupingBy(ConsentVersion::consentId, LinkedHashMap::new, Collectors.toList()))
			.values()
			.forEach(history::consent);
		ofFamily(data.measures(), Measure::familyId, family).forEach(history::measure);
		ofFamily(data.assessments(), Assessment::familyId, family).forEach(history::assessment);
		ofFamily(data.experienceSurveys(), ExperienceSurvey::familyId, family).forEach(history::survey);
		ofFamily(data.registerObservations(), RegisterObservation::familyId, family).forEach(history::observation);
		history.plan(ofFamily(data.plans(), Plan::familyId, family),
				ofFamily(data.planVersions(), PlanVersion::familyId, family),
				ofFamily(data.meetings(), Meeting::familyId, family));
		List<Step> steps = new ArrayList<>(history.steps);
		steps.sort(Comparator.comparing(Step::on).thenComparing(Step::phase));
		return withVersions(family.id(), steps);
	}

	private void referral() {
		CourseTransition referral = this.family.course().transitions().get(0);
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("name", this.family.name());
		input.put("district", this.family.district().name());
		input.put("household", inputOf(this.family.household()));
		input.put("members", this.family.members()
			.stream()
			.map((member) -> inputOf(member, "id", "familyId", "custodyHolderIds", "relations", "custodyHistory"))
			.toList());
		input.put("referredOn", this.family.course().referredOn().toString());
		List<String> memberIds = this.family.members().stream().map(Member::id).toList();
		List<Map<String, Object>> relations = new ArrayList<>();
		for (Member member : this.family.members()) {
			for (StoredRelation relation : member.relations()) {
				relations.add(Map.of("member", memberIds.indexOf(member.id()), "kind", relation.kind().name(),
						"relatedMember", memberIds.indexOf(relation.memberId())));
			}
		}
		input.put("relations", relations);
		List<String> ids = new ArrayList<>(List.of(this.family.id()));
		ids.addAll(memberIds);
		LocalDate on = this.family.course().referredOn();
		add(on, Phase.REFERRAL, professional(Objects.requireNonNull(referral.byProfessionalId())), "createFamily",
				List.of(input), ids);
		// The family's custody holders hold custody of the minors; a grown child has
		// none.
		for (Member member : this.family.members()) {
			if (member.role() == FamilyRole.CHILD && member.custodyHolderIds().isEmpty()) {
				add(on, Phase.SETUP, this.coordinator, "setCustody", List.of(familyInput(
						Map.of("childId", member.id(), "custodyHolderIds", List.of(), "effectiveFrom", on.toString()))),
						List.of());
			}
		}
	}

	/**
	 * The referrer is on the team from the referral; the others join on their day. A
	 * membership that ends before the course closes is ended on its last day; closing the
	 * course ends the others.
	 */
	private void team() {
		String referrer = Objects.requireNonNull(this.family.course().transitions().get(0).byProfessionalId());
		boolean referrerJoined = false;
		LocalDate closedOn = this.family.course().closedOn();
		for (TeamMembership membership : this.family.coreTeam()) {
			boolean byReferral = !referrerJoined && membership.professionalId().equals(referrer)
					&& membership.since().equals(this.family.course().referredOn());
			if (byReferral) {
				referrerJoined = true;
			}
			else {
				Map<String, Object> join = new LinkedHashMap<>();
				join.put("professionalId", membership.professionalId());
				join.put("role", membership.role().name());
				join.put("since", membership.since().toString());
				add(membership.since(), Phase.TEAM_JOINS, this.coordinator, "addCoreTeamMember",
						List.of(familyInput(join)), List.of());
			}
			if (membership.until() != null && !membership.until().equals(closedOn)) {
				add(membership.until(), Phase.TEAM_LEAVES, this.coordinator, "removeCoreTeamMember",
						List.of(familyInput(Map.of("professionalId", membership.professionalId()))), List.of());
			}
		}
	}

	private void course() {
		for (CourseTransition transition : this.family.course().transitions()) {
			Professional by = professional(Objects.requireNonNull(transition.byProfessionalId()));
			Map<String, Object> input = familyInput(Map.of("on", transition.on().toString()));
			switch (transition.to()) {
				case REFERRED -> {
				}
				case CONSENT_CONVERSATION ->
					add(transition.on(), Phase.CONVERSATION, by, "startConsentConversation", List.of(input), List.of());
				case ACTIVE -> add(transition.on(), Phase.ACTIVATION, by, "activateCourse", List.of(input), List.of());
				case CLOSED -> {
					input.put("reason", Objects.requireNonNull(transition.closingReason()).name());
					input.put("note", transition.reason());
					add(transition.on(), Phase.CLOSING, by, "closeCourse", List.of(input), List.of());
				}
			}
		}
	}

	/**
	 * A consent's versions; the version that ends it with the course is the closing's.
	 */
	private void consent(List<ConsentVersion> versions) {
		versions.sort(Comparator.comparingInt(ConsentVersion::version));
		ConsentVersion first = versions.get(0);
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("familyId", first.familyId());
		record.put("purpose", first.purpose().name());
		record.put("grantorIds", first.grantorIds());
		record.put("subjectIds", first.subjectIds());
		record.put("provisions", first.provisions().stream().map(DemoHistory::inputOf).toList());
		record.put("period", inputOf(first.period()));
		record.put("signedOn", Objects.requireNonNull(first.signedOn()).toString());
		record.put("signatureMethod", Objects.requireNonNull(first.signatureMethod()).name());
		record.put("documentReference", first.documentReference());
		record.put("draft", first.state() == ConsentState.DRAFT);
		add(dayOf(first.recordedAt()), Phase.CONSENT, professional(first.recordedBy()), "recordConsent",
				List.of(record), List.of(first.consentId()));
		for (ConsentVersion version : versions.subList(1, versions.size())) {
			if (ConsentVersion.COURSE_CLOSED.equals(version.endReason())) {
				continue;
			}
			Map<String, Object> input = new LinkedHashMap<>();
			input.put("consentId", version.consentId());
			input.put("expectedVersion", version.version() - 1);
			if (version.state() == ConsentState.WITHDRAWN) {
				input.put("note", Objects.requireNonNull(version.withdrawal()).note());
				add(dayOf(version.recordedAt()), Phase.WITHDRAWAL, professional(version.recordedBy()),
						"withdrawConsent", List.of(input), List.of());
			}
			else {
				input.put("subjectIds", version.subjectIds());
				input.put("provisions", version.provisions().stream().map(DemoHistory::inputOf).toList());
				input.put("period", inputOf(version.period()));
				add(dayOf(version.recordedAt()), Phase.CONSENT, professional(version.recordedBy()), "changeConsent",
						List.of(input), List.of());
			}
		}
	}

	/**
	 * The owning administration's representative on the support team records a measure
	 * when it starts, or when the family is referred if it started before, or when its
	 * leisure outcome was checked; the status is the one the data gives.
	 */
	private void measure(Measure measure) {
		LocalDate on = latest(measure.period().from(), this.family.course().referredOn());
		LeisureBridging leisure = measure.leisure();
		if (leisure != null) {
			on = latest(on, leisure.retainedCheckedOn());
		}
		add(on, Phase.MEASURE, representativeOf(measure.ownerAdministration()), "recordMeasure",
				List.of(inputOf(measure, "id", "version", "ownerAdministration")), List.of(measure.id()));
	}

	/** The support coordinator records the assessments, on the day they were made. */
	private void assessment(Assessment assessment) {
		add(assessment.date(), Phase.ASSESSMENT, this.coordinator, "recordAssessment",
				List.of(inputOf(assessment, "id")), List.of(assessment.id()));
	}

	/** ... and the experience surveys, on the day they were answered. */
	private void survey(ExperienceSurvey survey) {
		add(survey.answeredOn(), Phase.ASSESSMENT, this.coordinator, "recordExperienceSurvey",
				List.of(inputOf(survey, "id")), List.of(survey.id()));
	}

	/**
	 * The register's administration's representative records what it said, when it was
	 * observed or, for a baseline from before the referral, at the referral.
	 */
	private void observation(RegisterObservation observation) {
		add(latest(observation.observedOn(), this.family.course().referredOn()), Phase.ASSESSMENT,
				representativeOf(observation.kind().owner()), "recordRegisterObservation",
				List.of(inputOf(observation, "id")), List.of(Objects.requireNonNull(observation.id())));
	}

	/**
	 * A record's fields as the API's input to record it: the inputs name the same fields,
	 * without what the API decides itself (the id, the version).
	 */
	static Map<String, Object> inputOf(Object record, String... decidedByTheApi) {
		Map<String, Object> input = new LinkedHashMap<>(JSON.convertValue(record, INPUT));
		List.of(decidedByTheApi).forEach(input::remove);
		return input;
	}

	/**
	 * The plan as saved at each meeting that changed it (themes, goals and voices), the
	 * meetings with their action minutes, which put the actions on the plan, and at last
	 * the actions' progress.
	 */
	private void plan(List<Plan> plans, List<PlanVersion> earlier, List<Meeting> meetings) {
		List<PlanVersion> versions = new ArrayList<>(earlier);
		versions.sort(Comparator.comparingLong(PlanVersion::version));
		Plan plan = plans.isEmpty() ? null : plans.get(0);
		if (plan != null) {
			boolean first = true;
			for (PlanVersion version : versions) {
				savePlan(plan, dayOf(Objects.requireNonNull(version.savedAt())), version.themes(), version.goals(),
						List.of(), version.voices(), Phase.PLAN, first);
				first = false;
			}
			// Saved when the last voice on it was heard, if that came after the last
			// meeting.
			LocalDate savedOn = plan.voices()
				.stream()
				.map(Voice::recordedOn)
				.reduce(dayOf(Objects.requireNonNull(plan.updatedAt())), DemoFamilyQueries::latest);
			savePlan(plan, savedOn, plan.themes(), plan.goals(), List.of(), plan.voices(), Phase.PLAN, first);
		}
		for (Meeting meeting : meetings) {
			Map<String, Object> input = inputOf(meeting, "id", "version", "planVersion", "actions", "recordedBy");
			input.put("actions",
					Objects.requireNonNullElse(meeting.actions(), List.<PlanAction>of())
						.stream()
						.map((action) -> inputOf(action, "id", "administration", "status", "meetingId", "version"))
						.toList());
			List<String> ids = new ArrayList<>(List.of(Objects.requireNonNull(meeting.id())));
			Objects.requireNonNullElse(meeting.actions(), List.<PlanAction>of())
				.forEach((action) -> ids.add(action.id()));
			add(meeting.date(), Phase.MEETING, this.coordinator, "recordMeeting", List.of(input), ids);
		}
		if (plan == null) {
			return;
		}
		// The minutes put the actions on the plan; how far each has come is the plan's.
		List<Map<String, Object>> progressed = new ArrayList<>();
		for (PlanAction action : plan.actions()) {
			if (action.meetingId() != null && action.status() != ActionStatus.OPEN) {
				progressed.add(inputOf(action, "administration", "meetingId", "version"));
			}
		}
		if (!progressed.isEmpty()) {
			LocalDate closedOn = this.family.course().closedOn();
			savePlan(plan, (closedOn != null) ? closedOn : this.today, plan.themes(), plan.goals(), progressed,
					plan.voices(), Phase.ACTION_STATUS, false);
		}
	}

	private void savePlan(Plan plan, LocalDate on, List<Theme> themes, List<Goal> goals,
			List<Map<String, Object>> actions, List<Voice> voices, Phase phase, boolean startsThePlan) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("familyId", plan.familyId());
		input.put("themes", themes.stream().map((theme) -> inputOf(theme, "version")).toList());
		input.put("goals", goals.stream().map((goal) -> inputOf(goal, "version")).toList());
		input.put("actions", actions);
		input.put("voices", voices.stream().map((voice) -> inputOf(voice, "version")).toList());
		add(on, phase, this.coordinator, "savePlan", List.of(input), startsThePlan ? List.of(plan.id()) : List.of());
	}

	private static LocalDate dayOf(Instant at) {
		return LocalDate.ofInstant(at, Copenhagen.ZONE);
	}

	private static <T> List<T> ofFamily(List<T> records, Function<T, String> familyId, Family family) {
		return records.stream().filter((record) -> family.id().equals(familyId.apply(record))).toList();
	}

	private Map<String, Object> familyInput(Map<String, Object> fields) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("familyId", this.family.id());
		input.putAll(fields);
		return input;
	}

	private void add(LocalDate on, Phase phase, Professional by, String mutation, List<Map<String, Object>> inputs,
			List<String> newIds) {
		if (!inputs.isEmpty()) {
			this.steps.add(new Step(on, phase, by, mutation, inputs, newIds));
		}
	}

	/**
	 * The administration's representative on the support team, who enters its records:
	 * nobody records what they could not read back, and before the family's consent only
	 * the owner reads its own.
	 */
	private Professional representativeOf(Administration administration) {
		return professional(switch (administration) {
			case SOF -> DemoIds.SUPPORT_COORDINATOR;
			case BIF -> DemoIds.BIF_SUPPORT_JOB_CASEWORKER;
			case BUF -> DemoIds.BUF_SUPPORT_HEALTH_VISITOR;
			case SUF -> DemoIds.SUF_PHYSIOTHERAPIST;
			case KFF -> DemoIds.KFF_BRIDGE_BUILDER;
		});
	}

	private Professional professional(String id) {
		return Objects.requireNonNull(this.professionals.get(id), id);
	}

	/**
	 * Each change of the family names the version it changes: the family is created at
	 * version 0 and every change of it adds one.
	 */
	private static List<Step> withVersions(String familyId, List<Step> steps) {
		long version = 0;
		Long planVersion = null;
		List<Step> versioned = new ArrayList<>();
		for (Step step : steps) {
			List<Map<String, Object>> inputs = new ArrayList<>();
			for (Map<String, Object> input : step.inputs()) {
				Map<String, Object> withVersion = new LinkedHashMap<>(input);
				if (familyId.equals(input.get("familyId")) && changesFamily(step.mutation())) {
					withVersion.put("expectedVersion", version++);
				}
				if (step.mutation().equals("savePlan")) {
					withVersion.put("expectedVersion", planVersion);
					planVersion = (planVersion != null) ? planVersion + 1 : 0L;
				}
				if (step.mutation().equals("recordMeeting") && input.get("actions") instanceof List<?> minutes
						&& !minutes.isEmpty()) {
					planVersion = (planVersion != null) ? planVersion + 1 : 0L;
				}
				inputs.add(withVersion);
			}
			versioned.add(new Step(step.on(), step.phase(), step.by(), step.mutation(), inputs, step.newIds()));
		}
		return versioned;
	}

	/** The mutations that write the family document, and so name its version. */
	private static boolean changesFamily(String mutation) {
		return switch (mutation) {
			case "setRelation", "setCustody", "addCoreTeamMember", "removeCoreTeamMember", "startConsentConversation",
					"activateCourse", "closeCourse" ->
				true;
			default -> false;
		};
	}

}
