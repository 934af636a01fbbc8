package dk.kk.hfi.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import dk.kk.hfi.change.ChangeFeed;
import dk.kk.hfi.change.ChangeKind;
import dk.kk.hfi.common.ByFamily;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.common.IdGenerator;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRepository;
import dk.kk.hfi.family.FamilyService;
import dk.kk.hfi.plan.PlanInputs.GoalInput;
import dk.kk.hfi.plan.PlanInputs.PlanActionInput;
import dk.kk.hfi.plan.PlanInputs.SavePlanInput;
import dk.kk.hfi.plan.PlanInputs.ThemeInput;
import dk.kk.hfi.plan.PlanInputs.VoiceInput;

/**
 * The rules of Familiens Plan: one living plan per family, every saved change
 * version-checked, and the version it replaces written to {@code planVersions} first, so
 * no version is ever lost.
 */
@Service
public class PlanService {

	private static final int MINUTES_ATTEMPTS = 5;

	private final FamilyService families;

	private final ChangeFeed changes;

	private final Clock clock;

	private final IdGenerator ids;

	private final PlanRepository plans;

	private final PlanVersionRepository versions;

	private final ProfessionalRepository professionals;

	PlanService(FamilyService families, PlanRepository plans, PlanVersionRepository versions,
			ProfessionalRepository professionals, Clock clock, ChangeFeed changes, IdGenerator ids) {
		this.ids = ids;
		this.changes = changes;
		this.clock = clock;
		this.families = families;
		this.plans = plans;
		this.versions = versions;
		this.professionals = professionals;
	}

	/**
	 * The plans of the families, one look-up for all: a family without a plan has none.
	 */
	Map<Family, Plan> planOf(List<Family> families) {
		Map<Family, Plan> result = new HashMap<>();
		ByFamily.group(families, Family::id, this.plans::findByFamilyIdIn, Plan::familyId)
			.forEach((family, plans) -> result.put(family, plans.isEmpty() ? null : plans.get(0)));
		return result;
	}

	/** Earlier versions of each plan, newest first: one look-up for all plans. */
	Map<Plan, List<PlanVersion>> history(List<Plan> plans) {
		return ByFamily.group(plans, Plan::familyId, this.versions::findByFamilyIdIn, PlanVersion::familyId,
				Comparator.comparingLong(PlanVersion::version).reversed());
	}

	/**
	 * Saves the whole plan. An action it leaves out is removed, as by
	 * {@code removePlanItem}: never one agreed at a meeting, and none for a caller who
	 * may not read the family's meetings, so what is kept never tells them where an
	 * action came from. A goal it leaves out that a kept action names is kept too.
	 */
	Plan save(Caller caller, SavePlanInput input, Predicate<Family> mayReadMeetings) {
		Family family = this.families.find(caller, input.familyId());
		Plan existing = this.plans.findByFamilyId(family.id()).orElse(null);
		if (existing == null && input.expectedVersion() != null) {
			throw HfiException.conflict("The plan");
		}
		if (existing != null
				// A stored plan has its version.
				&& !Objects.requireNonNull(existing.version()).equals(input.expectedVersion())) {
			throw HfiException.conflict("The plan");
		}
		String planId = (existing != null) ? existing.id() : this.ids.next("plan-");
		List<Theme> themes = themes(family, input.themes());
		List<Goal> goals = goals(family, input.goals());
		List<PlanAction> actions = actions(family, goals, input.actions(), existing);
		List<Voice> voices = voices(family, input.voices());
		if (existing != null) {
			themes = versioned(existing.themes(), themes);
			goals = versioned(existing.goals(), goals);
			actions = versioned(existing.actions(),
					keepLeftOutActions(existing, actions, !mayReadMeetings.test(family)));
			goals = keepNamedGoals(existing, goals, actions);
			voices = versioned(existing.voices(), voices);
		}
		Plan changed = new Plan(planId, (existing != null) ? existing.version() : null, family.id(), themes, goals,
				actions, voices, Instant.now(this.clock), caller.id());
		return write(existing, changed);
	}

	/**
	 * Puts the action minutes of a meeting on the family's plan (creating the plan if
	 * there is none yet). Safe to repeat: actions already on the plan are not added
	 * again. A concurrent edit is merged by reading again.
	 */
	public Plan addMinutes(Family family, List<PlanAction> minutes, String byProfessionalId) {
		for (int attempt = 1;; attempt++) {
			Plan existing = this.plans.findByFamilyId(family.id()).orElse(null);
			Set<String> present = new HashSet<>();
			if (existing != null) {
				existing.actions().forEach((action) -> present.add(action.id()));
			}
			List<PlanAction> missing = minutes.stream().filter((action) -> !present.contains(action.id())).toList();
			if (missing.isEmpty() && existing != null) {
				return existing;
			}
			List<PlanAction> actions = new ArrayList<>((existing != null) ? existing.actions() : List.of());
			actions.addAll(missing);
			Plan changed = (existing != null)
					? new Plan(existing.id(), existing.version(), family.id(), existing.themes(), existing.goals(),
							actions, existing.voices(), Instant.now(this.clock), byProfessionalId)
					: new Plan(this.ids.next("plan-"), null, family.id(), List.of(), List.of(), actions, List.of(),
							Instant.now(this.clock), byProfessionalId);
			try {
				return write(existing, changed);
			}
			catch (HfiException | OptimisticLockingFailureException | DuplicateKeyException ex) {
				if (attempt >= MINUTES_ATTEMPTS) {
					throw HfiException.conflict("The plan");
				}
			}
		}
	}

	/** The ids of the goals on a family's plan (none before the plan is started). */
	public Set<String> goalIds(String familyId) {
		Set<String> ids = new HashSet<>();
		this.plans.findByFamilyId(familyId).ifPresent((plan) -> plan.goals().forEach((goal) -> ids.add(goal.id())));
		return ids;
	}

	/** The current version of a family's plan, or null before the plan is started. */
	public @Nullable Long currentVersion(String familyId) {
		return this.plans.findByFamilyId(familyId).map(Plan::version).orElse(null);
	}

	Plan write(@Nullable Plan existing, Plan changed) {
		Plan written = store(existing, changed);
		this.changes.changed(ChangeKind.PLAN, written, DataCategory.PLAN);
		return written;
	}

	private Plan store(@Nullable Plan existing, Plan changed) {
		if (existing == null) {
			try {
				return this.plans.insert(changed);
			}
			catch (DuplicateKeyException ex) {
				// Another plan for the family was started at the same moment.
				throw HfiException.conflict("The plan");
			}
		}
		try {
			this.versions.insert(PlanVersion.of(existing));
		}
		catch (DuplicateKeyException ex) {
			// Already kept by an earlier attempt or a racing save of the same version:
			// the content is the same.
		}
		try {
			return this.plans.save(changed);
		}
		catch (OptimisticLockingFailureException ex) {
			throw HfiException.conflict("The plan");
		}
	}

	private List<Theme> themes(Family family, List<ThemeInput> inputs) {
		List<Theme> themes = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (ThemeInput input : inputs) {
			requireMemberOrNull(family, input.memberId());
			String id = uniqueId(ids, input.id(), "t");
			themes.add(new Theme(id, input.section(), input.memberId(), input.text().strip()));
		}
		return themes;
	}

	private List<Goal> goals(Family family, List<GoalInput> inputs) {
		List<Goal> goals = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (GoalInput input : inputs) {
			requireMemberOrNull(family, input.memberId());
			String id = uniqueId(ids, input.id(), "g");
			goals.add(new Goal(id, input.text().strip(), input.memberId(), input.administrationGoal(),
					(input.status() != null) ? input.status() : GoalStatus.NOT_STARTED));
		}
		return goals;
	}

	private List<PlanAction> actions(Family family, List<Goal> goals, List<PlanActionInput> inputs,
			@Nullable Plan existing) {
		Set<String> goalIds = new HashSet<>();
		goals.forEach((goal) -> goalIds.add(goal.id()));
		Map<String, Professional> professionalsById = new HashMap<>();
		this.professionals
			.findAllById(inputs.stream().map(PlanActionInput::professionalId).filter((id) -> id != null).toList())
			.forEach((professional) -> professionalsById.put(professional.id(), professional));
		Map<String, String> meetingOf = new HashMap<>();
		if (existing != null) {
			existing.actions().forEach((action) -> {
				if (action.meetingId() != null) {
					meetingOf.put(action.id(), action.meetingId());
				}
			});
		}
		List<PlanAction> actions = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (PlanActionInput input : inputs) {
			if (input.goalId() != null && !goalIds.contains(input.goalId())) {
				throw HfiException.badInput("An action names goal " + input.goalId() + ", which is not on the plan");
			}
			if ((input.professionalId() == null) == (input.memberId() == null)) {
				throw HfiException.badInput("An action is done by exactly one professional or one family member");
			}
			requireMemberOrNull(family, input.memberId());
			Professional professional = null;
			if (input.professionalId() != null) {
				professional = professionalsById.get(input.professionalId());
				if (professional == null) {
					throw HfiException.notFound("Professional " + input.professionalId());
				}
			}
			String id = uniqueId(ids, input.id(), "a");
			actions.add(new PlanAction(id, input.goalId(), input.description().strip(), input.professionalId(),
					input.memberId(),
					(input.administration() != null || professional == null) ? input.administration()
							: professional.administration(),
					input.due(), (input.status() != null) ? input.status() : ActionStatus.OPEN, input.principles(),
					meetingOf.get(id)));
		}
		return actions;
	}

	private List<Voice> voices(Family family, List<VoiceInput> inputs) {
		List<Voice> voices = new ArrayList<>();
		Set<String> heard = new HashSet<>();
		for (VoiceInput input : inputs) {
			requireMemberOrNull(family, input.memberId());
			if (!heard.add(input.memberId())) {
				throw HfiException.badInput("One voice per member: member " + input.memberId() + " is given twice");
			}
			LocalDate on = (input.recordedOn() != null) ? input.recordedOn() : LocalDate.now(this.clock);
			if (on.isAfter(LocalDate.now(this.clock))) {
				throw HfiException.badInput("A voice cannot be recorded in the future");
			}
			voices.add(new Voice(input.memberId(), input.said().strip(), on));
		}
		return voices;
	}

	/**
	 * Actions agreed at a meeting stay on the plan while the meeting's minutes list them:
	 * a whole-plan save that leaves them out (a client that never loaded them) keeps them
	 * at the end; with {@code all}, every action left out is kept so.
	 */
	private static List<PlanAction> keepLeftOutActions(Plan existing, List<PlanAction> actions, boolean all) {
		Set<String> given = new HashSet<>();
		actions.forEach((action) -> given.add(action.id()));
		List<PlanAction> kept = new ArrayList<>(actions);
		existing.actions()
			.stream()
			.filter((action) -> (all || action.meetingId() != null) && !given.contains(action.id()))
			.forEach(kept::add);
		return kept;
	}

	/**
	 * A goal left out stays on the plan, unchanged and at the end, while an action kept
	 * there names it: a kept action never points at a goal that is gone. (A goal the
	 * input's own actions name must be in the input.)
	 */
	private static List<Goal> keepNamedGoals(Plan existing, List<Goal> goals, List<PlanAction> actions) {
		Set<String> given = new HashSet<>();
		goals.forEach((goal) -> given.add(goal.id()));
		Set<String> named = new HashSet<>();
		actions.forEach((action) -> named.add(action.goalId()));
		List<Goal> kept = new ArrayList<>(goals);
		existing.goals()
			.stream()
			.filter((goal) -> named.contains(goal.id()) && !given.contains(goal.id()))
			.forEach(kept::add);
		return kept;
	}

	/**
	 * Each item keeps its version when unchanged and counts one more when changed, as
	 * item edits do.
	 */
	@SuppressWarnings("unchecked")
	private static <T extends PlanItem> List<T> versioned(List<T> before, List<T> after) {
		Map<String, T> old = new HashMap<>();
		before.forEach((item) -> old.put(item.id(), item));
		return after.stream().map((item) -> {
			T previous = old.get(item.id());
			if (previous == null) {
				return item;
			}
			boolean same = previous.withVersion(0).equals(item.withVersion(0));
			return (T) item.withVersion(same ? previous.version() : previous.version() + 1);
		}).toList();
	}

	/**
	 * The given id, or a new one from the id generator, as a meeting's actions get
	 * theirs: an id never tells which change made the item.
	 */
	private String uniqueId(Set<String> ids, String given, String kind) {
		String id = (given != null) ? given : this.ids.next(kind + "-");
		if (!ids.add(id)) {
			throw HfiException.badInput("The id " + id + " is used twice");
		}
		return id;
	}

	static void requireMemberOrNull(Family family, String memberId) {
		if (memberId != null && family.member(memberId).isEmpty()) {
			throw HfiException.notFound("Member " + memberId);
		}
	}

}
