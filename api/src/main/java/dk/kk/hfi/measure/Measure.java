package dk.kk.hfi.measure;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.Period;
import dk.kk.hfi.common.PersonalData;

/**
 * A measure (foranstaltning) or offer for one member; its data category follows its kind.
 */
@Document("measures")
public record Measure(@Id String id, @Version @Nullable Long version, @Indexed String familyId, String memberId,
		MeasureKind kind, Administration ownerAdministration, @Nullable String legalBasis, Period period,
		MeasureStatus status, @Nullable Integer yearlyCostDkk,
		@Nullable LeisureBridging leisure) implements PersonalData {

	@Override
	public Set<Administration> owners() {
		return Set.of(this.ownerAdministration);
	}

	@Override
	public List<String> subjectIds() {
		return (this.memberId != null) ? List.of(this.memberId) : List.of();
	}

	@Override
	public DataCategory category() {
		return this.kind.category();
	}

}
