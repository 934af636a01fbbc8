package dk.kk.hfi.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.kk.hfi.access.PersonalData;
import dk.kk.hfi.common.Administration;

/** A meeting of a family's course. */
@Document("meetings")
@CompoundIndex(name = "family_date", def = "{'familyId': 1, 'date': -1}")
public record Meeting(@Id String id, @Version Long version, String familyId, MeetingKind kind, LocalDate date,
		List<String> professionalIds, List<String> memberIds, Integer planVersion, List<String> decisions)
		implements PersonalData {

	/** Meetings are convened by the HFI support team under SOF's lead. */
	static final Set<Administration> OWNERS = Set.of(Administration.SOF);

	@Override
	public Set<Administration> owners() {
		return OWNERS;
	}

	/** A meeting is about the whole family. */
	@Override
	public List<String> subjectIds() {
		return List.of();
	}

	public Meeting {
		professionalIds = (professionalIds != null) ? List.copyOf(professionalIds) : List.of();
		memberIds = (memberIds != null) ? List.copyOf(memberIds) : List.of();
		decisions = (decisions != null) ? List.copyOf(decisions) : List.of();
	}

}
