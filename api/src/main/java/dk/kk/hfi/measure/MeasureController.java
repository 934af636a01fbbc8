package dk.kk.hfi.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.family.Family;
import dk.kk.hfi.family.Member;
import dk.kk.hfi.family.MemberLoader;

/** A family's measures, batched per request. */
@Controller
class MeasureController {

	private final MeasureRepository measures;

	MeasureController(MeasureRepository measures) {
		this.measures = measures;
	}

	@BatchMapping(typeName = "Family")
	Map<Family, List<Measure>> measures(List<Family> families) {
		Map<String, List<Measure>> byFamily = this.measures.findByFamilyIdIn(families.stream().map(Family::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Measure::familyId));
		Map<Family, List<Measure>> result = new LinkedHashMap<>();
		families.forEach((family) -> result.put(family, byFamily.getOrDefault(family.id(), List.of())));
		return result;
	}

	@SchemaMapping(typeName = "Measure")
	CompletableFuture<Member> member(Measure measure, DataLoader<String, Member> members) {
		return MemberLoader.load(members, measure.memberId());
	}

}
