package dk.kk.hfi.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.PersonalData;

/** A baseline or closing assessment of one member. */
@Document("assessments")
public record Assessment(@Id String id, @Indexed String familyId, String memberId, AssessmentKind kind,
		LocalDate date, List<AssessmentScore> items) implements PersonalData {

	/** Assessments are made by the HFI support team under SOF's lead. */
	static final Set<Administration> OWNERS = Set.of(Administration.SOF);

	@Override
	public Set<Administration> owners() {
		return OWNERS;
	}

	@Override
	public List<String> subjectIds() {
		return (this.memberId != null) ? List.of(this.memberId) : List.of();
	}

	public Assessment {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

}
