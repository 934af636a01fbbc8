package dk.kk.hfi.domain.family;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The household address. Also the input record: the same constraints apply. */
public record Household(@NotBlank @Size(max = 200) String street,
		@NotBlank @Pattern(regexp = "\\d{4}", message = "must be four digits") String postalCode,
		@NotBlank @Size(max = 100) String city) {

}
