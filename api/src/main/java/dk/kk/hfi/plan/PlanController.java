package dk.kk.hfi.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.FamilyRepository;
import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.family.MemberLoader;
import dk.kk.hfi.plan.PlanInputs.MovePlanItemInput;
import dk.kk.hfi.plan.PlanInputs.PlanPayload;
import dk.kk.hfi.plan.PlanInputs.RemovePlanItemInput;
import dk.kk.hfi.plan.PlanInputs.SavePlanActionInput;
import dk.kk.hfi.plan.PlanInputs.SavePlanGoalInput;
import dk.kk.hfi.plan.PlanInputs.SavePlanInput;
import dk.kk.hfi.plan.PlanInputs.SavePlanThemeInput;
import dk.kk.hfi.plan.PlanInputs.SavePlanVoiceInput;
import dk.kk.hfi.plan.PlanInputs.StartPlanInput;
import dk.kk.hfi.professional.ProfessionalLoader;

/** A family's plan and the members and professionals it names. */
@Controller
class PlanController {

	private final PlanRepository plans;

	private final Clock clock;

	private final FamilyRepository families;

	private final PlanVersionRepository versions;

	private final PlanService service;

	private final PlanItemService items;

	PlanController(PlanRepository plans, FamilyRepository families, PlanVersionRepository versions,
			PlanService service, PlanItemService items, Clock clock) {
		this.items = items;
		this.clock = clock;
		this.plans = plans;
		this.families = families;
		this.versions = versions;
		this.service = service;
	}

	@MutationMapping
	PlanPayload savePlan(@Argument @Valid SavePlanInput input, @AuthenticationPrincipal Caller caller) {
		return new PlanPayload(this.service.save(caller, input));
	}

	@MutationMapping
	PlanPayload startPlan(@Argument @Valid StartPlanInput input, @AuthenticationPrincipal Caller caller) {
		return new PlanPayload(this.items.start(caller, input.familyId()));
	}

	@MutationMapping
	PlanPayload savePlanTheme(@Argument @Valid SavePlanThemeInput input, @AuthenticationPrincipal Caller caller) {
		return new PlanPayload(this.items.saveTheme(caller, input));
	}

	@MutationMapping
	PlanPayload savePlanGoal(@Argument @Valid SavePlanGoalInput input, @AuthenticationPrincipal Caller caller) {
		return new PlanPayload(this.items.saveGoal(caller, input));
	}

	@MutationMapping
	PlanPayload savePlanAction(@Argument @Valid SavePlanActionInput input, @AuthenticationPrincipal Caller caller) {
		return new PlanPayload(this.items.saveAction(caller, input));
	}

	@MutationMapping
	PlanPayload savePlanVoice(@Argument @Valid SavePlanVoiceInput input, @AuthenticationPrincipal Caller caller) {
		return new PlanPayload(this.items.saveVoice(caller, input));
	}

	@MutationMapping
	PlanPayload movePlanItem(@Argument @Valid MovePlanItemInput input, @AuthenticationPrincipal Caller caller) {
		return new PlanPayload(this.items.move(caller, input));
	}

	@MutationMapping
	PlanPayload removePlanItem(@Argument @Valid RemovePlanItemInput input, @AuthenticationPrincipal Caller caller) {
		return new PlanPayload(this.items.remove(caller, input));
	}

	/** Earlier versions of each plan, newest first: one query for every plan of the request. */
	@BatchMapping(typeName = "Plan")
	Map<Plan, List<PlanVersion>> history(List<Plan> plans) {
		Map<String, List<PlanVersion>> byPlan = this.versions
			.findByFamilyIdIn(plans.stream().map(Plan::familyId).toList())
			.stream()
			.sorted(Comparator.comparingLong(PlanVersion::version).reversed())
			.collect(Collectors.groupingBy(PlanVersion::planId));
		Map<Plan, List<PlanVersion>> result = new HashMap<>();
		plans.forEach((plan) -> result.put(plan, byPlan.getOrDefault(plan.id(), List.of())));
		return result;
	}

	@SchemaMapping(typeName = "Plan")
	CompletableFuture<Professional> updatedBy(Plan plan, DataLoader<String, Professional> professionals) {
		return ProfessionalLoader.load(professionals, plan.updatedBy());
	}

	@SchemaMapping(typeName = "Plan")
	List<PrincipleFollowUp> principles(Plan plan) {
		return Arrays.stream(Principle.values()).map((principle) -> {
			List<PlanAction> serving = plan.actions()
				.stream()
				.filter((action) -> action.principles().contains(principle))
				.toList();
			int done = (int) serving.stream().filter((action) -> action.status() == ActionStatus.DONE).count();
			int open = (int) serving.stream()
				.filter((action) -> action.status() == ActionStatus.OPEN || action.status() == ActionStatus.IN_PROGRESS)
				.count();
			return new PrincipleFollowUp(principle, serving.size(), open, done);
		}).toList();
	}

	/** The administrations' goals for HFI families (docs/DOMAIN.md), which a plan's goals serve. */
	private static final Map<Administration, String> ADMINISTRATION_GOALS = Map.of(Administration.SOF,
			"Forældrene får styrket deres forældrekompetencer og mestrer hverdagen", Administration.KFF,
			"Familien bliver en del af positive fællesskaber", Administration.BUF,
			"Barnet deltager og trives i dagtilbud og skole", Administration.BIF,
			"Forælderen kommer tættere på job eller uddannelse", Administration.SUF,
			"Børnenes sundhed tages hurtigere i betragtning, og forældrene trives");

	@SchemaMapping(typeName = "Goal")
	String administrationGoalText(Goal goal) {
		return ADMINISTRATION_GOALS.get(goal.administrationGoal());
	}

	@SchemaMapping(typeName = "PlanSnapshot")
	CompletableFuture<Professional> savedBy(PlanVersion version, DataLoader<String, Professional> professionals) {
		return ProfessionalLoader.load(professionals, version.savedBy());
	}

	/** How the actions of a plan serve one principle. */
	record PrincipleFollowUp(Principle principle, int actions, int open, int done) {
	}

	@BatchMapping(typeName = "Family")
	Map<Family, Plan> plan(List<Family> families) {
		Map<String, Plan> byFamily = this.plans.findByFamilyIdIn(families.stream().map(Family::id).toList())
			.stream()
			.collect(Collectors.toMap(Plan::familyId, (plan) -> plan));
		Map<Family, Plan> result = new HashMap<>();
		families.forEach((family) -> result.put(family, byFamily.get(family.id())));
		return result;
	}

	@BatchMapping(typeName = "Plan")
	Map<Plan, List<Member>> membersWithoutVoice(List<Plan> plans) {
		Map<String, Family> familyById = new HashMap<>();
		this.families.findAllById(plans.stream().map(Plan::familyId).toList())
			.forEach((family) -> familyById.put(family.id(), family));
		Map<Plan, List<Member>> result = new HashMap<>();
		for (Plan plan : plans) {
			Set<String> heard = plan.voices().stream().map(Voice::memberId).collect(Collectors.toSet());
			Family family = familyById.get(plan.familyId());
			result.put(plan, (family != null)
					? family.members().stream().filter((member) -> !heard.contains(member.id())).toList() : List.of());
		}
		return result;
	}

	/**
	 * The members whose perspective the plan lacks and should have: every parent figure, and children from six,
	 * with why they are flagged (fathers and older children are the ones most often missing).
	 */
	@BatchMapping(typeName = "Plan")
	Map<Plan, List<MissingVoice>> missingVoices(List<Plan> plans) {
		Map<String, Family> familyById = new HashMap<>();
		this.families.findAllById(plans.stream().map(Plan::familyId).toList())
			.forEach((family) -> familyById.put(family.id(), family));
		LocalDate today = LocalDate.now(this.clock);
		Map<Plan, List<MissingVoice>> result = new HashMap<>();
		for (Plan plan : plans) {
			Set<String> heard = plan.voices().stream().map(Voice::memberId).collect(Collectors.toSet());
			Family family = familyById.get(plan.familyId());
			List<MissingVoice> missing = new ArrayList<>();
			for (Member member : (family != null) ? family.members() : List.<Member>of()) {
				MissingVoiceReason reason = reasonToHear(member, today);
				if (reason != null && !heard.contains(member.id())) {
					missing.add(new MissingVoice(member, reason));
				}
			}
			result.put(plan, missing);
		}
		return result;
	}

	private static MissingVoiceReason reasonToHear(Member member, LocalDate today) {
		Integer age = member.ageOn(today);
		return switch (member.role()) {
			case FATHER, STEP_PARENT -> MissingVoiceReason.FATHER;
			case MOTHER -> MissingVoiceReason.MOTHER;
			case GUARDIAN -> MissingVoiceReason.OTHER_PARENT;
			case CHILD -> (age == null || age >= 10) ? MissingVoiceReason.OLDER_CHILD
					: (age >= 6) ? MissingVoiceReason.CHILD : null;
			case OTHER -> null;
		};
	}

	/** A member whose perspective the plan lacks. */
	record MissingVoice(Member member, MissingVoiceReason reason) {
	}

	/** Why a missing voice is flagged. */
	enum MissingVoiceReason {

		FATHER, MOTHER, OTHER_PARENT, CHILD, OLDER_CHILD

	}

	@SchemaMapping(typeName = "Theme")
	CompletableFuture<Member> member(Theme theme, DataLoader<String, Member> members) {
		return MemberLoader.load(members, theme.memberId());
	}

	@SchemaMapping(typeName = "Goal")
	CompletableFuture<Member> member(Goal goal, DataLoader<String, Member> members) {
		return MemberLoader.load(members, goal.memberId());
	}

	@SchemaMapping(typeName = "PlanAction")
	CompletableFuture<Member> member(PlanAction action, DataLoader<String, Member> members) {
		return MemberLoader.load(members, action.memberId());
	}

	@SchemaMapping(typeName = "PlanAction")
	CompletableFuture<Professional> professional(PlanAction action, DataLoader<String, Professional> professionals) {
		return ProfessionalLoader.load(professionals, action.professionalId());
	}

	@SchemaMapping(typeName = "Voice")
	CompletableFuture<Member> member(Voice voice, DataLoader<String, Member> members) {
		return MemberLoader.load(members, voice.memberId());
	}

}
