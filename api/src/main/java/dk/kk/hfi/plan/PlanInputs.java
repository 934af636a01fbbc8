package dk.kk.hfi.plan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dk.kk.hfi.common.Administration;

/** The input and payload records of the plan mutations. */
final class PlanInputs {

	static final String ID_PATTERN = "[A-Za-z0-9_:.-]{1,60}";

	private PlanInputs() {
	}

	record SavePlanInput(@NotBlank String familyId, Long expectedVersion,
			@NotNull @Size(max = 50) List<@Valid @NotNull ThemeInput> themes,
			@NotNull @Size(max = 50) List<@Valid @NotNull GoalInput> goals,
			@NotNull @Size(max = 100) List<@Valid @NotNull PlanActionInput> actions,
			@NotNull @Size(max = 30) List<@Valid @NotNull VoiceInput> voices) {
	}

	record ThemeInput(@Pattern(regexp = ID_PATTERN) String id, @NotNull ThemeSection section, String memberId,
			@NotBlank @Size(max = 500) String text) {
	}

	record GoalInput(@Pattern(regexp = ID_PATTERN) String id, @NotBlank @Size(max = 500) String text, String memberId,
			@NotNull Administration administrationGoal, GoalStatus status) {
	}

	record PlanActionInput(@Pattern(regexp = ID_PATTERN) String id, String goalId,
			@NotBlank @Size(max = 500) String description, String professionalId, String memberId,
			Administration administration, LocalDate due, ActionStatus status,
			@Size(max = 5) List<@NotNull Principle> principles) {
	}

	record VoiceInput(@NotBlank String memberId, @NotBlank @Size(max = 2000) String said, LocalDate recordedOn) {
	}

	record PlanPayload(Plan plan) {
	}

	record StartPlanInput(@NotBlank String familyId) {
	}

	record SavePlanThemeInput(@NotBlank String familyId, @Pattern(regexp = ID_PATTERN) String id, Long expectedVersion,
			@NotNull ThemeSection section, String memberId, @NotBlank @Size(max = 500) String text) {
	}

	record SavePlanGoalInput(@NotBlank String familyId, @Pattern(regexp = ID_PATTERN) String id, Long expectedVersion,
			@NotBlank @Size(max = 500) String text, String memberId, @NotNull Administration administrationGoal,
			GoalStatus status) {
	}

	record SavePlanActionInput(@NotBlank String familyId, @Pattern(regexp = ID_PATTERN) String id, Long expectedVersion,
			String goalId, @NotBlank @Size(max = 500) String description, String professionalId, String memberId,
			Administration administration, LocalDate due, ActionStatus status,
			@Size(max = 5) List<@NotNull Principle> principles) {
	}

	record SavePlanVoiceInput(@NotBlank String familyId, @NotBlank String memberId, Long expectedVersion,
			@NotBlank @Size(max = 2000) String said, LocalDate recordedOn) {
	}

	record MovePlanItemInput(@NotBlank String familyId, @NotNull PlanItemKind kind, @NotBlank String itemId,
			@NotNull Long expectedVersion, String beforeId) {
	}

	record RemovePlanItemInput(@NotBlank String familyId, @NotNull PlanItemKind kind, @NotBlank String itemId,
			@NotNull Long expectedVersion) {
	}

}
