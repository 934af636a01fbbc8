package dk.kk.hfi.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.FamilyRepository;
import dk.kk.hfi.domain.family.Member;

/**
 * Whose voice each plan holds and lacks: one look-up of the families for every plan of a
 * request.
 */
@Service
class PlanVoices {

	private final FamilyRepository families;

	private final Clock clock;

	PlanVoices(FamilyRepository families, Clock clock) {
		this.families = families;
		this.clock = clock;
	}

	/** The members the plan has not heard. */
	Map<Plan, List<Member>> membersWithoutVoice(List<Plan> plans) {
		Map<String, Family> familyById = familiesOf(plans);
		Map<Plan, List<Member>> result = new HashMap<>();
		for (Plan plan : plans) {
			result.put(plan, unheard(plan, familyById.get(plan.familyId())));
		}
		return result;
	}

	/**
	 * The members whose perspective the plan lacks and should have, with why (see
	 * {@link MissingVoiceReason}).
	 */
	Map<Plan, List<MissingVoice>> missingVoices(List<Plan> plans) {
		Map<String, Family> familyById = familiesOf(plans);
		LocalDate today = LocalDate.now(this.clock);
		Map<Plan, List<MissingVoice>> result = new HashMap<>();
		for (Plan plan : plans) {
			result.put(plan,
					unheard(plan, familyById.get(plan.familyId())).stream()
						.map((member) -> new MissingVoice(member, MissingVoiceReason.toHear(member, today)))
						.filter((missing) -> missing.reason() != null)
						.toList());
		}
		return result;
	}

	private Map<String, Family> familiesOf(List<Plan> plans) {
		Map<String, Family> familyById = new HashMap<>();
		this.families.findAllById(plans.stream().map(Plan::familyId).toList())
			.forEach((family) -> familyById.put(family.id(), family));
		return familyById;
	}

	private static List<Member> unheard(Plan plan, @Nullable Family family) {
		if (family == null) {
			return List.of();
		}
		Set<String> heard = plan.voices().stream().map(Voice::memberId).collect(Collectors.toSet());
		return family.members().stream().filter((member) -> !heard.contains(member.id())).toList();
	}

}
