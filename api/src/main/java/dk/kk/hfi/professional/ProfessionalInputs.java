package dk.kk.hfi.professional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRole;

/** The input and payload records of the professional mutations. */
final class ProfessionalInputs {

	private ProfessionalInputs() {
	}

	record CreateProfessionalInput(@NotBlank @Size(max = 100) String name, @NotNull Administration administration,
			@NotNull ProfessionalRole role, @NotBlank @Size(max = 100) String title,
			@Email @Size(max = 254) String email,
			@Size(max = 30) @Pattern(regexp = "[+0-9 ]*", message = "may hold only digits, spaces and +") String phone,
			Boolean supportTeam) {
	}

	record UpdateProfessionalInput(@NotBlank String id, @NotNull Long expectedVersion,
			@Size(min = 1, max = 100) String name, ProfessionalRole role, @Size(min = 1, max = 100) String title,
			@Email @Size(max = 254) String email,
			@Size(max = 30) @Pattern(regexp = "[+0-9 ]*", message = "may hold only digits, spaces and +") String phone,
			Boolean supportTeam) {
	}

	record ProfessionalPayload(Professional professional) {
	}

}
