package dk.kk.hfi.measure;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.kk.hfi.access.KindOwner;
import dk.kk.hfi.access.RecordLocator;
import dk.kk.hfi.common.Administration;

/** Where a measure belongs and who owns measures of a kind, for the operation policy. */
@Component
class MeasureLocator implements RecordLocator, KindOwner {

	private final MeasureRepository measures;

	MeasureLocator(MeasureRepository measures) {
		this.measures = measures;
	}

	@Override
	public String argument() {
		return "measureId";
	}

	@Override
	public String recordName() {
		return "Measure";
	}

	@Override
	public Optional<Located> locate(String id) {
		return this.measures.findById(id)
			.map((measure) -> new Located(measure.familyId(), Set.of(measure.ownerAdministration())));
	}

	@Override
	public String kindType() {
		return "MeasureKind";
	}

	@Override
	public Administration ownerOf(String kind) {
		return MeasureKind.valueOf(kind).owner();
	}

}
