package dk.kk.hfi.consent;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.Period;
import dk.kk.hfi.domain.consent.ConsentPurpose;
import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.consent.Provision;
import dk.kk.hfi.domain.consent.ProvisionDenial;
import dk.kk.hfi.domain.consent.SignatureMethod;

/** The input and payload records of the consent mutations. */
final class ConsentInputs {

	private ConsentInputs() {
	}

	record RecordConsentInput(@NotBlank String familyId, ConsentPurpose purpose,
			@NotEmpty @Size(max = 20) List<@NotBlank String> grantorIds,
			@NotEmpty @Size(max = 20) List<@NotBlank String> subjectIds,
			@NotEmpty @Size(max = 10) List<@Valid @NotNull ProvisionInput> provisions, @NotNull @Valid Period period,
			@NotNull @PastOrPresent LocalDate signedOn, @NotNull SignatureMethod signatureMethod,
			@Size(max = 100) String documentReference, Boolean draft) {
	}

	record ProvisionInput(@NotEmpty List<@NotNull Administration> recipients,
			@NotEmpty List<@NotNull DataCategory> categories,
			@Size(max = 20) List<@Valid @NotNull ProvisionExceptionInput> exceptions) {

		Provision toProvision() {
			return new Provision(this.recipients, this.categories, (this.exceptions != null)
					? this.exceptions.stream().map(ProvisionExceptionInput::toException).toList() : List.of());
		}

	}

	record ProvisionExceptionInput(@NotEmpty List<@NotNull DataCategory> categories,
			List<@NotNull Administration> recipients, List<@NotBlank String> subjectIds) {

		ProvisionDenial toException() {
			return new ProvisionDenial(this.categories, this.recipients, this.subjectIds);
		}

	}

	record ChangeConsentInput(@NotBlank String consentId, @NotNull Integer expectedVersion,
			@Size(min = 1, max = 20) List<@NotBlank String> grantorIds,
			@Size(min = 1, max = 20) List<@NotBlank String> subjectIds,
			@Size(min = 1, max = 10) List<@Valid @NotNull ProvisionInput> provisions, @Valid Period period,
			@PastOrPresent LocalDate signedOn, SignatureMethod signatureMethod,
			@Size(max = 100) String documentReference, Boolean activate) {
	}

	record WithdrawConsentInput(@NotBlank String consentId, @NotNull Integer expectedVersion,
			@Size(max = 1000) String note, List<@NotNull DataCategory> categories,
			List<@NotNull Administration> recipients, List<@NotBlank String> subjectIds,
			@PastOrPresent LocalDate saidOn) {

		boolean isPartial() {
			return notEmpty(this.categories) || notEmpty(this.recipients) || notEmpty(this.subjectIds);
		}

		private static boolean notEmpty(List<?> list) {
			return list != null && !list.isEmpty();
		}

	}

	record ConsentPayload(ConsentVersion consent) {
	}

}
