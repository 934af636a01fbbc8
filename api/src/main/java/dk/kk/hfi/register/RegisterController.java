package dk.kk.hfi.register;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.change.ChangeFeed;
import dk.kk.hfi.change.ChangeKind;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.family.FamilyService;
import dk.kk.hfi.family.MemberLoader;

/** A family's register observations, batched per request, and recording new ones. */
@Controller
class RegisterController {

	private final RegisterObservationRepository observations;

	private final ChangeFeed changes;

	private final FamilyService families;

	RegisterController(RegisterObservationRepository observations, FamilyService families, ChangeFeed changes) {
		this.changes = changes;
		this.observations = observations;
		this.families = families;
	}

	@BatchMapping(typeName = "Family")
	Map<Family, List<RegisterObservation>> registerObservations(List<Family> families) {
		Map<String, List<RegisterObservation>> byFamily = this.observations
			.findByFamilyIdIn(families.stream().map(Family::id).toList())
			.stream()
			.sorted(Comparator.comparing(RegisterObservation::observedOn).reversed())
			.collect(Collectors.groupingBy(RegisterObservation::familyId));
		Map<Family, List<RegisterObservation>> result = new LinkedHashMap<>();
		families.forEach((family) -> result.put(family, byFamily.getOrDefault(family.id(), List.of())));
		return result;
	}

	@SchemaMapping(typeName = "RegisterObservation")
	CompletableFuture<Member> member(RegisterObservation observation, DataLoader<String, Member> members) {
		return MemberLoader.load(members, observation.memberId());
	}

	/** The register's administration records its observations (the support team any). */
	@MutationMapping
	RegisterObservationPayload recordRegisterObservation(@Argument @Valid RecordRegisterObservationInput input,
			@AuthenticationPrincipal Caller caller) {
		Family family = this.families.find(caller, input.familyId());
		if (family.member(input.memberId()).isEmpty()) {
			throw HfiException.badInput("input.memberId: not a member of the family");
		}
		boolean fits = switch (input.kind()) {
			case INCOME_SUPPORT -> input.incomeSupport() != null;
			case INTERNSHIP -> input.inInternship() != null;
			case SCHOOL_ABSENCE -> input.absenceDaysLast12Months() != null;
			case LEISURE_PARTICIPATION -> input.leisureActive() != null;
		};
		if (!fits) {
			throw HfiException.badInput("An observation of " + input.kind() + " needs its value");
		}
		this.changes.changed(family.id(), ChangeKind.REGISTER_OBSERVATION, input.kind().category(),
				Set.of(input.kind().owner()));
		return new RegisterObservationPayload(this.observations.insert(new RegisterObservation(
				"reg-" + UUID.randomUUID(), family.id(), input.memberId(), input.kind(), input.observedOn(),
				(input.kind() == RegisterKind.INCOME_SUPPORT) ? input.incomeSupport() : null,
				(input.kind() == RegisterKind.INTERNSHIP) ? input.inInternship() : null,
				(input.kind() == RegisterKind.SCHOOL_ABSENCE) ? input.absenceDaysLast12Months() : null,
				(input.kind() == RegisterKind.LEISURE_PARTICIPATION) ? input.leisureActive() : null,
				(input.source() != null) ? input.source().strip() : null)));
	}

	record RecordRegisterObservationInput(@NotBlank String familyId, @NotBlank String memberId,
			@NotNull RegisterKind kind, @NotNull @PastOrPresent LocalDate observedOn, IncomeSupportType incomeSupport,
			Boolean inInternship, @Min(0) @Max(366) Integer absenceDaysLast12Months, Boolean leisureActive,
			@Size(max = 100) String source) {
	}

	record RegisterObservationPayload(RegisterObservation observation) {
	}

}
