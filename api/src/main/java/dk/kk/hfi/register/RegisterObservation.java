package dk.kk.hfi.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.PersonalData;

/**
 * One observation of a member in an administration's register at a date: income support
 * type, internship, school absence days in the last 12 months, leisure participation.
 * Facts as registered: never changed, a new observation is added instead. Owner and
 * category follow the kind.
 */
@Document("registerObservations")
@CompoundIndex(name = "family_observed", def = "{'familyId': 1, 'observedOn': -1}")
public record RegisterObservation(@Id @Nullable String id, String familyId, String memberId, RegisterKind kind,
		LocalDate observedOn, @Nullable IncomeSupportType incomeSupport, @Nullable Boolean inInternship,
		@Nullable Integer absenceDaysLast12Months, @Nullable Boolean leisureActive,
		@Nullable String source) implements PersonalData {

	@Override
	public Set<Administration> owners() {
		return Set.of(this.kind.owner());
	}

	@Override
	public List<String> subjectIds() {
		return List.of(this.memberId);
	}

	@Override
	public DataCategory category() {
		return this.kind.category();
	}

}
