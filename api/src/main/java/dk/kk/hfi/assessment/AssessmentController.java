package dk.kk.hfi.assessment;

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

/** A family's assessments, batched per request. */
@Controller
class AssessmentController {

	private final AssessmentRepository assessments;

	AssessmentController(AssessmentRepository assessments) {
		this.assessments = assessments;
	}

	@BatchMapping(typeName = "Family")
	Map<Family, List<Assessment>> assessments(List<Family> families) {
		Map<String, List<Assessment>> byFamily = this.assessments
			.findByFamilyIdIn(families.stream().map(Family::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Assessment::familyId));
		Map<Family, List<Assessment>> result = new LinkedHashMap<>();
		families.forEach((family) -> result.put(family, byFamily.getOrDefault(family.id(), List.of())));
		return result;
	}

	@SchemaMapping(typeName = "Assessment")
	CompletableFuture<Member> member(Assessment assessment, DataLoader<String, Member> members) {
		return MemberLoader.load(members, assessment.memberId());
	}

}
