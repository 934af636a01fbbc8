package dk.kk.hfi.meeting;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dk.kk.hfi.plan.Plan;
import dk.kk.hfi.plan.Principle;

/** The input and payload records of the meeting mutation. */
final class MeetingInputs {

	private MeetingInputs() {
	}

	record RecordMeetingInput(@Pattern(regexp = "[A-Za-z0-9_:.-]{1,60}") String id, @NotBlank String familyId,
			@NotNull MeetingKind kind, @NotNull LocalDate date,
			@NotNull @Size(max = 30) List<@NotBlank String> professionalIds,
			@NotNull @Size(max = 20) List<@NotBlank String> memberIds, @Min(0) Integer planVersion,
			@NotNull @Size(max = 30) List<@NotBlank @Size(max = 1000) String> decisions,
			@NotNull @Size(max = 30) List<@Valid @NotNull MinuteActionInput> actions) {
	}

	record MinuteActionInput(@NotBlank @Size(max = 500) String description, String professionalId, String memberId,
			String goalId, LocalDate due, @Size(max = 5) List<@NotNull Principle> principles) {
	}

	record MeetingPayload(Meeting meeting, @Nullable Plan plan) {
	}

}
