package dk.kk.hfi.assessment;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.assessment.AssessmentInputs.AssessmentPayload;
import dk.kk.hfi.assessment.AssessmentInputs.ExperienceSurveyPayload;
import dk.kk.hfi.assessment.AssessmentInputs.ItemProgression;
import dk.kk.hfi.assessment.AssessmentInputs.RecordAssessmentInput;
import dk.kk.hfi.assessment.AssessmentInputs.RecordExperienceSurveyInput;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;

/**
 * A family's assessments and experience surveys, batched per request, recording them, and
 * progression.
 */
@Controller
class AssessmentController {

	private final AssessmentService service;

	AssessmentController(AssessmentService service) {
		this.service = service;
	}

	@MutationMapping
	AssessmentPayload recordAssessment(@Argument @Valid RecordAssessmentInput input,
			@AuthenticationPrincipal Caller caller) {
		return new AssessmentPayload(this.service.record(caller, input));
	}

	@MutationMapping
	ExperienceSurveyPayload recordExperienceSurvey(@Argument @Valid RecordExperienceSurveyInput input,
			@AuthenticationPrincipal Caller caller) {
		return new ExperienceSurveyPayload(this.service.record(caller, input));
	}

	@BatchMapping(typeName = "Family")
	Map<Family, List<ExperienceSurvey>> experienceSurveys(List<Family> families) {
		return this.service.surveysOf(families);
	}

	/**
	 * A closing assessment against the same member's baseline: one query for every
	 * assessment of the request.
	 */
	@BatchMapping(typeName = "Assessment")
	Map<Assessment, List<ItemProgression>> progression(List<Assessment> assessments) {
		return this.service.progression(assessments);
	}

	@BatchMapping(typeName = "Family")
	Map<Family, List<Assessment>> assessments(List<Family> families) {
		return this.service.assessmentsOf(families);
	}

}
