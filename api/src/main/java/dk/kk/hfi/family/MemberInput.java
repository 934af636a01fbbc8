package dk.kk.hfi.family;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Copenhagen;
import dk.kk.hfi.common.Cpr;
import dk.kk.hfi.common.ValidCpr;
import dk.kk.hfi.domain.family.FamilyRole;
import dk.kk.hfi.domain.family.Member;

/** A member's details, as given by a caseworker. */
public record MemberInput(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
		@NotNull FamilyRole role, @ValidCpr @Nullable String cpr, @Nullable LocalDate birthDate,
		@Size(max = 30) @Pattern(regexp = "[+0-9 ]*",
				message = "may hold only digits, spaces and +") @Nullable String phone,
		@Email @Size(max = 254) @Nullable String email, @Nullable Boolean livesInHousehold,
		@Nullable Boolean custodyHolder) {

	// A plausibility bound only: no decision of access or course depends on it, so it
	// needs no injected clock.
	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	@AssertTrue(message = "must be between 1900-01-01 and today")
	boolean isBirthDate() {
		return this.birthDate == null || (!this.birthDate.isBefore(EARLIEST_BIRTH)
				&& !this.birthDate.isAfter(LocalDate.now(Copenhagen.ZONE)));
	}

	@AssertTrue(message = "must be the date the CPR number encodes")
	boolean isBirthDateMatchingCpr() {
		return this.birthDate == null || this.cpr == null || !Cpr.isValid(this.cpr)
				|| this.birthDate.equals(Cpr.birthDate(this.cpr));
	}

	Member toMember(String id, String familyId) {
		String normalizedCpr = (this.cpr != null) ? Cpr.normalize(this.cpr) : null;
		LocalDate birth = (this.birthDate != null || normalizedCpr == null) ? this.birthDate
				: Cpr.birthDate(normalizedCpr);
		return new Member(id, familyId, this.firstName.strip(), this.lastName.strip(), this.role, normalizedCpr, birth,
				this.phone, this.email, (this.livesInHousehold == null) || this.livesInHousehold,
				Boolean.TRUE.equals(this.custodyHolder), List.of(), List.of());
	}

	@Override
	public String toString() {
		return "MemberInput[role=" + this.role + "]";
	}

}
