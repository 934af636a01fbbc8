package dk.kk.hfi.assessment;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dk.kk.hfi.assessment.AssessmentInputs.ItemProgression;
import dk.kk.hfi.assessment.AssessmentInputs.Progression;
import dk.kk.hfi.assessment.AssessmentInputs.RecordAssessmentInput;
import dk.kk.hfi.assessment.AssessmentInputs.RecordExperienceSurveyInput;
import dk.kk.hfi.assessment.AssessmentInputs.ScoreInput;
import dk.kk.hfi.change.ChangeFeed;
import dk.kk.hfi.change.ChangeKind;
import dk.kk.hfi.common.ByFamily;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.common.IdGenerator;
import dk.kk.hfi.common.PersonalData;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.family.FamilyService;

/**
 * The rules of assessments and experience surveys: recorded about a member of the family,
 * each item scored and each question answered once, and a closing assessment's
 * progression against the member's first baseline.
 */
@Service
class AssessmentService {

	private final AssessmentRepository assessments;

	private final ExperienceSurveyRepository surveys;

	private final FamilyService families;

	private final ChangeFeed changes;

	private final IdGenerator ids;

	AssessmentService(AssessmentRepository assessments, ExperienceSurveyRepository surveys, FamilyService families,
			ChangeFeed changes, IdGenerator ids) {
		this.assessments = assessments;
		this.surveys = surveys;
		this.families = families;
		this.changes = changes;
		this.ids = ids;
	}

	Assessment record(Caller caller, RecordAssessmentInput input) {
		Family family = this.families.findWithMember(caller, input.familyId(), input.memberId(), "input.memberId");
		if (input.items().stream().map(ScoreInput::item).distinct().count() < input.items().size()) {
			throw HfiException.badInput("Each item is scored once");
		}
		List<AssessmentScore> items = input.items()
			.stream()
			.map((score) -> new AssessmentScore(score.item(), score.degree()))
			.toList();
		return changed(this.assessments.insert(new Assessment(this.ids.next("asm-"), family.id(), input.memberId(),
				input.kind(), input.date(), items)));
	}

	ExperienceSurvey record(Caller caller, RecordExperienceSurveyInput input) {
		Family family = this.families.findWithMember(caller, input.familyId(), input.respondentId(),
				"input.respondentId");
		if (input.answers().stream().map(SurveyAnswer::question).distinct().count() < input.answers().size()) {
			throw HfiException.badInput("Each question is answered once");
		}
		return changed(this.surveys.insert(new ExperienceSurvey(this.ids.next("svy-"), family.id(),
				input.respondentId(), input.kind(), input.answeredOn(), input.answers())));
	}

	/** The families' assessments, one look-up for all. */
	Map<Family, List<Assessment>> assessmentsOf(List<Family> families) {
		return ByFamily.group(families, Family::id, this.assessments::findByFamilyIdIn, Assessment::familyId);
	}

	/** The families' experience surveys, oldest first, one look-up for all. */
	Map<Family, List<ExperienceSurvey>> surveysOf(List<Family> families) {
		return ByFamily.group(families, Family::id, this.surveys::findByFamilyIdIn, ExperienceSurvey::familyId,
				Comparator.comparing(ExperienceSurvey::answeredOn));
	}

	/**
	 * A closing assessment against the same member's baseline: one look-up for all the
	 * assessments.
	 */
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
			result.put(assessment,
					assessment.items()
						.stream()
						.flatMap((score) -> Optional.ofNullable(before.get(score.item()))
							.map((degree) -> progression(score.item(), degree, score.degree()))
							.stream())
						.toList());
		}
		return result;
	}

	private static ItemProgression progression(AssessmentItem item, Degree baseline, Degree closing) {
		// The scale runs from HIGH (most burdened) to NOT_AT_ALL: a later step is an
		// improvement.
		int change = Integer.compare(closing.ordinal(), baseline.ordinal());
		return new ItemProgression(item, baseline, closing,
				(change > 0) ? Progression.IMPROVED : (change < 0) ? Progression.WORSENED : Progression.UNCHANGED);
	}

	/**
	 * Puts the stored assessment or survey on the change feed, for whoever may read it
	 * (the member's consent, for a record about a member).
	 */
	private <T extends PersonalData> T changed(T stored) {
		this.changes.changed(ChangeKind.ASSESSMENT, stored, DataCategory.ASSESSMENT);
		return stored;
	}

}
