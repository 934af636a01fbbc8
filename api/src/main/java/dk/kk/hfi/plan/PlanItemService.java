package dk.kk.hfi.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.ErrorCode;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.common.IdGenerator;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRepository;
import dk.kk.hfi.family.FamilyService;
import dk.kk.hfi.plan.PlanInputs.MovePlanItemInput;
import dk.kk.hfi.plan.PlanInputs.RemovePlanItemInput;
import dk.kk.hfi.plan.PlanInputs.SavePlanActionInput;
import dk.kk.hfi.plan.PlanInputs.SavePlanGoalInput;
import dk.kk.hfi.plan.PlanInputs.SavePlanThemeInput;
import dk.kk.hfi.plan.PlanInputs.SavePlanVoiceInput;

/**
 * Item-level changes of Familiens Plan. Each change names the item version it read and is
 * refused with CONFLICT only when that item changed since; a concurrent change of another
 * item is merged by reading the plan again, so two people editing different items both
 * land and no edit drops another's.
 */
@Service
class PlanItemService {

	private static final int ATTEMPTS = 8;

	private final FamilyService families;

	private final PlanRepository plans;

	private final PlanService planService;

	private final ProfessionalRepository professionals;

	private final Clock clock;

	private final IdGenerator ids;

	PlanItemService(FamilyService families, PlanRepository plans, PlanService planService,
			ProfessionalRepository professionals, Clock clock, IdGenerator ids) {
		this.ids = ids;
		this.families = families;
		this.plans = plans;
		this.planService = planService;
		this.professionals = professionals;
		this.clock = clock;
	}

	/** Starts the family's plan; the plan already there is returned as it is. */
	Plan start(Caller caller, String familyId) {
		Family family = this.families.find(caller, familyId);
		return this.plans.findByFamilyId(family.id()).orElseGet(() -> {
			try {
				return this.plans.insert(new Plan(this.ids.next("plan-"), null, family.id(), List.of(), List.of(),
						List.of(), List.of(), Instant.now(this.clock), caller.id()));
			}
			catch (DuplicateKeyException ex) {
				// Started by someone else at the same moment: theirs is the plan.
				return this.plans.findByFamilyId(family.id()).orElseThrow(() -> HfiException.conflict("The plan"));
			}
		});
	}

	Plan saveTheme(Caller caller, SavePlanThemeInput input) {
		Family family = this.families.find(caller, input.familyId());
		PlanService.requireMemberOrNull(family, input.memberId());
		Theme theme = new Theme(input.id(), input.section(), input.memberId(), input.text().strip());
		return change(caller, family,
				(plan, at) -> plan.withThemes(upsert(plan.themes(), theme, input.id(), input.expectedVersion(), "t")));
	}

	Plan saveGoal(Caller caller, SavePlanGoalInput input) {
		Family family = this.families.find(caller, input.familyId());
		PlanService.requireMemberOrNull(family, input.memberId());
		return change(caller, family, (plan, at) -> {
			GoalStatus status = input.status();
			if (status == null) {
				status = find(plan.goals(), input.id()).map(Goal::status).orElse(GoalStatus.NOT_STARTED);
			}
			Goal goal = new Goal(input.id(), input.text().strip(), input.memberId(), input.administrationGoal(),
					status);
			return plan.withGoals(upsert(plan.goals(), goal, input.id(), input.expectedVersion(), "g"));
		});
	}

	Plan saveAction(Caller caller, SavePlanActionInput input) {
		Family family = this.families.find(caller, input.familyId());
		if ((input.professionalId() == null) == (input.memberId() == null)) {
			throw HfiException.badInput("An action is done by exactly one professional or one family member");
		}
		PlanService.requireMemberOrNull(family, input.memberId());
		Professional professional = null;
		if (input.professionalId() != null) {
			professional = this.professionals.findById(input.professionalId())
				.orElseThrow(() -> HfiException.notFound("Professional " + input.professionalId()));
		}
		Administration administration = (input.administration() != null || professional == null)
				? input.administration() : professional.administration();
		return change(caller, family, (plan, at) -> {
			if (input.goalId() != null && find(plan.goals(), input.goalId()).isEmpty()) {
				throw HfiException.badInput("An action names goal " + input.goalId() + ", which is not on the plan");
			}
			PlanAction existing = find(plan.actions(), input.id()).orElse(null);
			ActionStatus status = (input.status() != null) ? input.status()
					: (existing != null) ? existing.status() : ActionStatus.OPEN;
			// An action from a meeting's minutes stays linked to its meeting whatever is
			// edited.
			PlanAction action = new PlanAction(input.id(), input.goalId(), input.description().strip(),
					input.professionalId(), input.memberId(), administration, input.due(), status,
					(input.principles() != null) ? input.principles()
							: (existing != null) ? existing.principles() : List.of(),
					(existing != null) ? existing.meetingId() : null);
			return plan.withActions(upsert(plan.actions(), action, input.id(), input.expectedVersion(), "a"));
		});
	}

	Plan saveVoice(Caller caller, SavePlanVoiceInput input) {
		Family family = this.families.find(caller, input.familyId());
		PlanService.requireMemberOrNull(family, input.memberId());
		LocalDate today = LocalDate.now(this.clock);
		LocalDate on = (input.recordedOn() != null) ? input.recordedOn() : today;
		if (on.isAfter(today)) {
			throw HfiException.badInput("A voice cannot be recorded in the future");
		}
		Voice voice = new Voice(input.memberId(), input.said().strip(), on);
		return change(caller, family, (plan, at) -> plan
			.withVoices(upsert(plan.voices(), voice, input.memberId(), input.expectedVersion(), "v")));
	}

	Plan move(Caller caller, MovePlanItemInput input) {
		Family family = this.families.find(caller, input.familyId());
		return change(caller, family, (plan, at) -> switch (input.kind()) {
			case THEME -> plan.withThemes(move(plan.themes(), input));
			case GOAL -> plan.withGoals(move(plan.goals(), input));
			case ACTION -> plan.withActions(move(plan.actions(), input));
			case VOICE -> plan.withVoices(move(plan.voices(), input));
		});
	}

	/**
	 * Removes an item. An action agreed at a meeting stays while the minutes list it, and
	 * a caller who may not read the family's meetings removes no action at all: were only
	 * the meeting's actions refused, the refusal would tell them which came from a
	 * meeting.
	 */
	Plan remove(Caller caller, RemovePlanItemInput input, Predicate<Family> mayReadMeetings) {
		Family family = this.families.find(caller, input.familyId());
		return change(caller, family, (plan, at) -> switch (input.kind()) {
			case THEME -> plan.withThemes(remove(plan.themes(), input));
			case GOAL -> {
				if (plan.actions().stream().anyMatch((action) -> input.itemId().equals(action.goalId()))) {
					throw HfiException.badInput("The goal has actions: move or remove them first");
				}
				yield plan.withGoals(remove(plan.goals(), input));
			}
			case ACTION -> {
				find(plan.actions(), input.itemId())
					.filter((action) -> action.meetingId() != null || !mayReadMeetings.test(family))
					.ifPresent((action) -> {
						throw HfiException
							.badInput("The action cannot be removed, only cancelled: set its status to CANCELLED");
					});
				yield plan.withActions(remove(plan.actions(), input));
			}
			case VOICE -> plan.withVoices(remove(plan.voices(), input));
		});
	}

	/**
	 * Applies a change to the plan as it is now and writes it against the plan's version;
	 * when another change of the plan came first, reads again and applies the change
	 * again (its item checks see the newer plan).
	 */
	private Plan change(Caller caller, Family family, BiFunction<Plan, Instant, Plan> edit) {
		for (int attempt = 1;; attempt++) {
			Plan existing = this.plans.findByFamilyId(family.id()).orElse(null);
			Plan base = (existing != null) ? existing : new Plan(this.ids.next("plan-"), null, family.id(), List.of(),
					List.of(), List.of(), List.of(), null, null);
			Instant now = Instant.now(this.clock);
			// A stale item is refused here, before writing: only a race on the plan as a
			// whole is tried again.
			Plan changed = edit.apply(base, now).touched(now, caller.id());
			try {
				return this.planService.write(existing, changed);
			}
			catch (HfiException ex) {
				if (ex.code() != ErrorCode.CONFLICT || attempt >= ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private static <T extends PlanItem> Optional<T> find(List<T> items, String id) {
		return (id == null) ? Optional.empty() : items.stream().filter((item) -> item.id().equals(id)).findFirst();
	}

	/**
	 * Adds the item (new id unless given) or replaces the one with its id, checking the
	 * version read.
	 */
	@SuppressWarnings("unchecked")
	private <T extends PlanItem> List<T> upsert(List<T> items, T item, String id, Long expectedVersion, String kind) {
		List<T> result = new ArrayList<>(items);
		T existing = find(items, id).orElse(null);
		if (existing == null) {
			if (expectedVersion != null) {
				// The item was read, then removed by someone else.
				throw HfiException.conflict("The plan item");
			}
			T added = item;
			if (id == null) {
				// From the id generator, as a meeting's actions: an id never tells which
				// change made the item.
				added = (T) withId(item, this.ids.next(kind + "-"));
			}
			result.add((T) added.withVersion(0));
			return result;
		}
		if (!Objects.equals(existing.version(), expectedVersion)) {
			throw HfiException.conflict("The plan item");
		}
		result.set(result.indexOf(existing), (T) item.withVersion(existing.version() + 1));
		return result;
	}

	private static PlanItem withId(PlanItem item, String id) {
		if (item instanceof Theme t) {
			return new Theme(id, t.section(), t.memberId(), t.text());
		}
		if (item instanceof Goal g) {
			return new Goal(id, g.text(), g.memberId(), g.administrationGoal(), g.status());
		}
		if (item instanceof PlanAction a) {
			return new PlanAction(id, a.goalId(), a.description(), a.professionalId(), a.memberId(), a.administration(),
					a.due(), a.status(), a.principles(), a.meetingId());
		}
		return item;
	}

	private static <T extends PlanItem> List<T> move(List<T> items, MovePlanItemInput input) {
		T moved = checked(items, input.itemId(), input.expectedVersion());
		List<T> result = new ArrayList<>(items);
		result.remove(moved);
		if (input.beforeId() == null) {
			result.add(moved);
			return result;
		}
		T before = find(result, input.beforeId())
			.orElseThrow(() -> HfiException.conflict("The plan item to move before"));
		result.add(result.indexOf(before), moved);
		return result;
	}

	private static <T extends PlanItem> List<T> remove(List<T> items, RemovePlanItemInput input) {
		T removed = checked(items, input.itemId(), input.expectedVersion());
		List<T> result = new ArrayList<>(items);
		result.remove(removed);
		return result;
	}

	private static <T extends PlanItem> T checked(List<T> items, String id, Long expectedVersion) {
		T item = find(items, id).orElseThrow(() -> HfiException.conflict("The plan item"));
		if (!Objects.equals(item.version(), expectedVersion)) {
			throw HfiException.conflict("The plan item");
		}
		return item;
	}

}
