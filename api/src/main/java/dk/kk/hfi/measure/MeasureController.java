package dk.kk.hfi.measure;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.measure.MeasureInputs.MeasureKindInfo;
import dk.kk.hfi.measure.MeasureInputs.MeasurePayload;
import dk.kk.hfi.measure.MeasureInputs.RecordMeasureInput;
import dk.kk.hfi.measure.MeasureInputs.UpdateMeasureInput;

/** A family's measures, batched per request. */
@Controller
class MeasureController {

	private final MeasureService service;

	MeasureController(MeasureService service) {
		this.service = service;
	}

	@QueryMapping
	List<MeasureKindInfo> measureCatalogue() {
		return Arrays.stream(MeasureKind.values())
			.map((kind) -> new MeasureKindInfo(kind, kind.danishName(), kind.owner(), kind.typicalLegalBasis(),
					kind.category()))
			.toList();
	}

	@MutationMapping
	MeasurePayload recordMeasure(@Argument @Valid RecordMeasureInput input, @AuthenticationPrincipal Caller caller) {
		return new MeasurePayload(this.service.record(caller, input));
	}

	@MutationMapping
	MeasurePayload updateMeasure(@Argument @Valid UpdateMeasureInput input, @AuthenticationPrincipal Caller caller) {
		return new MeasurePayload(this.service.update(caller, input));
	}

	@BatchMapping(typeName = "Family")
	Map<Family, List<Measure>> measures(List<Family> families) {
		return this.service.measuresOf(families);
	}

}
