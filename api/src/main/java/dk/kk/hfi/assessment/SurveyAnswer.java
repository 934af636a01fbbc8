package dk.kk.hfi.assessment;

import jakarta.validation.constraints.NotNull;

/** One answer of the experience survey; also its input. */
public record SurveyAnswer(@NotNull SurveyQuestion question, @NotNull Agreement answer) {

}
