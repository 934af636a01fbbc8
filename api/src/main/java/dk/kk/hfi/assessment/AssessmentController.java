package dk.kk.hfi.assessment;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.assessment.AssessmentInputs.AssessmentPayload;
import dk.kk.hfi.assessment.AssessmentInputs.ExperienceSurveyPayload;
import dk.kk.hfi.assessment.AssessmentInputs.ItemProgression;
import dk.kk.hfi.assessment.AssessmentInputs.Progression;
import dk.kk.hfi.assessment.AssessmentInputs.RecordAssessmentInput;
import dk.kk.hfi.assessment.AssessmentInputs.RecordExperienceSurveyInput;
import dk.kk.hfi.assessment.AssessmentInputs.ScoreInput;
import dk.kk.hfi.change.ChangeFeed;
import dk.kk.hfi.change.ChangeKind;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.family.FamilyService;
import dk.kk.hfi.family.MemberLoader;

/** A family's assessments and experience surveys, batched per request, recording them, and progression. */
@Controller
class AssessmentController {

	private final AssessmentRepository assessments;

	private final ChangeFeed changes;

	private final ExperienceSurveyRepository surveys;

	private final FamilyService families;

	AssessmentController(AssessmentRepository assessments, ExperienceSurveyRepository surveys,
			FamilyService families, ChangeFeed changes) {
		this.changes = changes;
		this.assessments = assessments;
		this.surveys = surveys;
		this.families = families;
	}

	@MutationMapping
	AssessmentPayload recordAssessment(@Argument @Valid RecordAssessmentInput input,
			@AuthenticationPrincipal Caller caller) {
		Family family = requireRecorder(caller, input.familyId(), input.memberId(), "input.memberId");
		if (input.items().stream().map(ScoreInput::item).distinct().count() < input.items().size()) {
			throw HfiException.badInput("Each item is scored once");
		}
		List<AssessmentScore> items = input.items()
			.stream()
			.map((score) -> new AssessmentScore(score.item(), score.degree()))
			.toList();
		this.changes.changed(family.id(), ChangeKind.ASSESSMENT, DataCategory.ASSESSMENT, Set.of(Administration.SOF));
		return new AssessmentPayload(this.assessments.insert(new Assessment("asm-" + UUID.randomUUID(), family.id(),
				input.memberId(), input.kind(), input.date(), items)));
	}

	@MutationMapping
	ExperienceSurveyPayload recordExperienceSurvey(@Argument @Valid RecordExperienceSurveyInput input,
			@AuthenticationPrincipal Caller caller) {
		Family family = requireRecorder(caller, input.familyId(), input.respondentId(), "input.respondentId");
		if (input.answers().stream().map(SurveyAnswer::question).distinct().count() < input.answers().size()) {
			throw HfiException.badInput("Each question is answered once");
		}
		this.changes.changed(family.id(), ChangeKind.ASSESSMENT, DataCategory.ASSESSMENT, Set.of(Administration.SOF));
		return new ExperienceSurveyPayload(this.surveys.insert(new ExperienceSurvey("svy-" + UUID.randomUUID(),
				family.id(), input.respondentId(), input.kind(), input.answeredOn(), input.answers())));
	}

	@BatchMapping(typeName = "Family")
	Map<Family, List<ExperienceSurvey>> experienceSurveys(List<Family> families) {
		Map<String, List<ExperienceSurvey>> byFamily = this.surveys
			.findByFamilyIdIn(families.stream().map(Family::id).toList())
			.stream()
			.sorted(Comparator.comparing(ExperienceSurvey::answeredOn))
			.collect(Collectors.groupingBy(ExperienceSurvey::familyId));
		Map<Family, List<ExperienceSurvey>> result = new LinkedHashMap<>();
		families.forEach((family) -> result.put(family, byFamily.getOrDefault(family.id(), List.of())));
		return result;
	}

	@SchemaMapping(typeName = "ExperienceSurvey")
	CompletableFuture<Member> respondent(ExperienceSurvey survey, DataLoader<String, Member> members) {
		return MemberLoader.load(members, survey.respondentId());
	}

	/** A closing assessment against the same member's baseline: one query for every assessment of the request. */
	@BatchMapping(typeName = "Assessment")
	@SuppressWarnings("NullAway") // before.get(item) follows before.containsKey(item): NullAway cannot see it in a stream
	Map<Assessment, List<ItemProgression>> progression(List<Assessment> assessments) {
		Map<String, Assessment> baselines = new HashMap<>();
		this.assessments.findByFamilyIdIn(assessments.stream().map(Assessment::familyId).distinct().toList())
			.stream()
			.filter((assessment) -> assessment.kind() == AssessmentKind.BASELINE)
			.forEach((baseline) -> baselines.merge(baseline.memberId(), baseline,
					(a, b) -> a.date().isBefore(b.date()) ? a : b));
		Map<Assessment, List<ItemProgression>> result = new LinkedHashMap<>();
		for (Assessment assessment : assessments) {
			Assessment baseline = baselines.get(assessment.memberId());
			if (assessment.kind() != AssessmentKind.CLOSING || baseline == null) {
				result.put(assessment, List.of());
				continue;
			}
			Map<AssessmentItem, Degree> before = new HashMap<>();
			baseline.items().forEach((score) -> before.put(score.item(), score.degree()));
			result.put(assessment, assessment.items()
				.stream()
				.filter((score) -> before.containsKey(score.item()))
				.map((score) -> progression(score.item(), before.get(score.item()), score.degree()))
				.toList());
		}
		return result;
	}

	private static ItemProgression progression(AssessmentItem item, Degree baseline, Degree closing) {
		// The scale runs from HIGH (most burdened) to NOT_AT_ALL: a later step is an improvement.
		int change = Integer.compare(closing.ordinal(), baseline.ordinal());
		return new ItemProgression(item, baseline, closing,
				(change > 0) ? Progression.IMPROVED : (change < 0) ? Progression.WORSENED : Progression.UNCHANGED);
	}

	/** The family, with the member the assessment or survey is about. */
	private Family requireRecorder(Caller caller, String familyId, String memberId, String field) {
		Family family = this.families.find(caller, familyId);
		if (family.member(memberId).isEmpty()) {
			throw HfiException.badInput(field + ": not a member of the family");
		}
		return family;
	}

	@BatchMapping(typeName = "Family")
	Map<Family, List<Assessment>> assessments(List<Family> families) {
		Map<String, List<Assessment>> byFamily = this.assessments
			.findByFamilyIdIn(families.stream().map(Family::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Assessment::familyId));
		Map<Family, List<Assessment>> result = new LinkedHashMap<>();
		families.forEach((family) -> result.put(family, byFamily.getOrDefault(family.id(), List.of())));
		return result;
	}

	@SchemaMapping(typeName = "Assessment")
	CompletableFuture<Member> member(Assessment assessment, DataLoader<String, Member> members) {
		return MemberLoader.load(members, assessment.memberId());
	}

}
