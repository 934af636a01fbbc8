package dk.kk.hfi.measure;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.Period;

/** The input and payload records of the measure mutations. */
final class MeasureInputs {

	private MeasureInputs() {
	}

	record RecordMeasureInput(@NotBlank String familyId, @NotBlank String memberId, @NotNull MeasureKind kind,
			@Size(min = 1, max = 200) String legalBasis, @NotNull @Valid Period period, MeasureStatus status,
			@Min(0) @Max(10_000_000) Integer yearlyCostDkk, @Valid LeisureBridgingInput leisure) {
	}

	record UpdateMeasureInput(@NotBlank String measureId, @NotNull Long expectedVersion,
			@Size(min = 1, max = 200) String legalBasis, @Valid Period period, MeasureStatus status,
			@Min(0) @Max(10_000_000) Integer yearlyCostDkk, @Valid LeisureBridgingInput leisure) {
	}

	record LeisureBridgingInput(@NotBlank @Size(max = 100) String activity, @NotBlank @Size(max = 200) String provider,
			@NotNull @Min(0) @Max(100) Integer trialLessons, @NotNull @Min(0) @Max(1_000_000) Integer paidDkk,
			@NotNull Boolean retained, @PastOrPresent LocalDate retainedCheckedOn) {

		LeisureBridging toLeisure() {
			return new LeisureBridging(this.activity.strip(), this.provider.strip(), this.trialLessons, this.paidDkk,
					this.retained, this.retainedCheckedOn);
		}

	}

	record MeasurePayload(Measure measure) {
	}

	/** One kind of the catalogue. */
	record MeasureKindInfo(MeasureKind kind, String name, Administration ownerAdministration, String typicalLegalBasis,
			DataCategory category) {
	}

}
