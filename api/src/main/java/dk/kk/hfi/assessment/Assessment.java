package dk.kk.hfi.assessment;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.kk.hfi.common.SupportTeamRecord;

/** A baseline or closing assessment of one member, made by the HFI support team. */
@Document("assessments")
public record Assessment(@Id String id, @Indexed String familyId, String memberId, AssessmentKind kind, LocalDate date,
		List<AssessmentScore> items) implements SupportTeamRecord {

	@Override
	public List<String> subjectIds() {
		return (this.memberId != null) ? List.of(this.memberId) : List.of();
	}

	public Assessment {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

}
