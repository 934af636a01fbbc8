package dk.kk.hfi.family;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import dk.kk.hfi.domain.family.District;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.Household;
import dk.kk.hfi.domain.family.RelationKind;
import dk.kk.hfi.domain.professional.ProfessionalRole;

/** The input records of the family mutations, one per mutation. */
final class FamilyInputs {

	private FamilyInputs() {
	}

	record CreateFamilyInput(@NotBlank @Size(max = 100) String name, @NotNull District district,
			@Valid Household household, @NotEmpty @Size(max = 20) List<@Valid @NotNull MemberInput> members,
			@PastOrPresent LocalDate referredOn,
			@Size(max = 400) List<@Valid @NotNull NewMemberRelationInput> relations) {
	}

	record NewMemberRelationInput(@NotNull @Min(0) Integer member, @NotNull RelationKind kind,
			@NotNull @Min(0) Integer relatedMember) {
	}

	record UpdateFamilyInput(@NotBlank String id, @NotNull Long expectedVersion, @Size(min = 1, max = 100) String name,
			District district, @Valid Household household) {
	}

	record AddMemberInput(@NotBlank String familyId, @NotNull Long expectedVersion,
			@NotNull @Valid MemberInput member) {
	}

	record UpdateMemberInput(@NotBlank String familyId, @NotNull Long expectedVersion, @NotBlank String memberId,
			@NotNull @Valid MemberInput member) {
	}

	record SetRelationInput(@NotBlank String familyId, @NotNull Long expectedVersion, @NotBlank String memberId,
			@NotNull RelationKind kind, @NotBlank String relatedMemberId) {
	}

	record RemoveRelationInput(@NotBlank String familyId, @NotNull Long expectedVersion, @NotBlank String memberId,
			@NotBlank String relatedMemberId) {
	}

	record AddCoreTeamMemberInput(@NotBlank String familyId, @NotNull Long expectedVersion,
			@NotBlank String professionalId, ProfessionalRole role, LocalDate since) {
	}

	record RemoveCoreTeamMemberInput(@NotBlank String familyId, @NotNull Long expectedVersion,
			@NotBlank String professionalId) {
	}

	record SetCustodyInput(@NotBlank String familyId, @NotNull Long expectedVersion, @NotBlank String childId,
			@NotNull @Size(max = 2) List<@NotBlank String> custodyHolderIds, LocalDate effectiveFrom) {
	}

	record FamilyPayload(Family family) {
	}

}
