package dk.kk.hfi.register;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The register mutation's input and payload. */
final class RegisterInputs {

	private RegisterInputs() {
	}

	record RecordRegisterObservationInput(@NotBlank String familyId, @NotBlank String memberId,
			@NotNull RegisterKind kind, @NotNull @PastOrPresent LocalDate observedOn, IncomeSupportType incomeSupport,
			Boolean inInternship, @Min(0) @Max(366) Integer absenceDaysLast12Months, Boolean leisureActive,
			@Size(max = 100) String source) {

		/** Whether the value of the observation's kind is given. */
		boolean hasValueOfKind() {
			return switch (this.kind) {
				case INCOME_SUPPORT -> this.incomeSupport != null;
				case INTERNSHIP -> this.inInternship != null;
				case SCHOOL_ABSENCE -> this.absenceDaysLast12Months != null;
				case LEISURE_PARTICIPATION -> this.leisureActive != null;
			};
		}

	}

	record RegisterObservationPayload(RegisterObservation observation) {
	}

}
