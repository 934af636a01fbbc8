package dk.kk.hfi.meeting;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.kk.hfi.common.SupportTeamRecord;
import dk.kk.hfi.plan.PlanAction;

/**
 * A meeting of a family's course, convened by the HFI support team, with its action
 * minutes: the decisions, and the actions (who does what by when) that are put on the
 * family's plan.
 */
@Document("meetings")
@CompoundIndex(name = "family_date", def = "{'familyId': 1, 'date': -1}")
public record Meeting(@Id @Nullable String id, @Version @Nullable Long version, String familyId, MeetingKind kind,
		LocalDate date, List<String> professionalIds, List<String> memberIds, @Nullable Integer planVersion,
		List<String> decisions, @Nullable List<PlanAction> actions,
		@Nullable String recordedBy) implements SupportTeamRecord {

	public Meeting(@Nullable String id, @Nullable Long version, String familyId, MeetingKind kind, LocalDate date,
			List<String> professionalIds, List<String> memberIds, @Nullable Integer planVersion,
			List<String> decisions) {
		this(id, version, familyId, kind, date, professionalIds, memberIds, planVersion, decisions, null, null);
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
		actions = (actions != null) ? List.copyOf(actions) : List.of();
	}

}
