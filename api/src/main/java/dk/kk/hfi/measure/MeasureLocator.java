package dk.kk.hfi.measure;

import org.springframework.stereotype.Component;

import dk.kk.hfi.access.KindOwner;
import dk.kk.hfi.access.RecordLocator;

/** Where a measure belongs and who owns measures of a kind, for the operation policy. */
@Component
class MeasureLocator extends RecordLocator.ByLookup implements KindOwner {

	MeasureLocator(MeasureRepository measures) {
		super("measureId", "Measure", (id) -> measures.findById(id).map(Located::withheldUnlessReadable));
	}

	@Override
	public Class<MeasureKind> kinds() {
		return MeasureKind.class;
	}

}
