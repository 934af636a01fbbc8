package dk.kk.hfi.assessment;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.kk.hfi.common.SupportTeamRecord;

/**
 * The family's experience of meeting the municipality, asked of one member at the start
 * or end. Never changed.
 */
@Document("experienceSurveys")
public record ExperienceSurvey(@Id String id, @Indexed String familyId, String respondentId, AssessmentKind kind,
		LocalDate answeredOn, List<SurveyAnswer> answers) implements SupportTeamRecord {

	public ExperienceSurvey {
		answers = (answers != null) ? List.copyOf(answers) : List.of();
	}

	@Override
	public List<String> subjectIds() {
		return List.of(this.respondentId);
	}

}
