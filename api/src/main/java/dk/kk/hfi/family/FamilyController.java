package dk.kk.hfi.family;

import java.util.List;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.Valid;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.course.Course;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.family.FamilyInputs.AddCoreTeamMemberInput;
import dk.kk.hfi.family.FamilyInputs.AddMemberInput;
import dk.kk.hfi.family.FamilyInputs.CreateFamilyInput;
import dk.kk.hfi.family.FamilyInputs.FamilyPayload;
import dk.kk.hfi.family.FamilyInputs.RemoveCoreTeamMemberInput;
import dk.kk.hfi.family.FamilyInputs.RemoveRelationInput;
import dk.kk.hfi.family.FamilyInputs.SetCustodyInput;
import dk.kk.hfi.family.FamilyInputs.SetRelationInput;
import dk.kk.hfi.family.FamilyInputs.UpdateFamilyInput;
import dk.kk.hfi.family.FamilyInputs.UpdateMemberInput;

/** Queries and mutations of families. */
@Controller
class FamilyController {

	private final FamilyService families;

	FamilyController(FamilyService families) {
		this.families = families;
	}

	@QueryMapping
	Family family(@Argument String id, @AuthenticationPrincipal Caller caller) {
		return this.families.find(caller, id);
	}

	@QueryMapping
	Window<Family> families(@Argument @Valid FamilyFilter filter, ScrollSubrange subrange,
			@AuthenticationPrincipal Caller caller) {
		return this.families.page(caller, filter, subrange);
	}

	/**
	 * The course, with its family as local context: its transitions' reasons are guarded
	 * by their author.
	 */
	@SchemaMapping(typeName = "Family")
	DataFetcherResult<Course> course(Family family) {
		return DataFetcherResult.<Course>newResult().data(family.course()).localContext(family).build();
	}

	@SchemaMapping(typeName = "Course")
	List<TransitionView> transitions(Course course, DataFetchingEnvironment env) {
		if (!(env.getLocalContext() instanceof Family family) || family.course() != course) {
			// Fail closed: transitions read other than through their family are a defect.
			throw new IllegalStateException("Course transitions without their family");
		}
		return TransitionView.of(family);
	}

	@MutationMapping
	FamilyPayload setCustody(@Argument @Valid SetCustodyInput input, @AuthenticationPrincipal Caller caller) {
		return new FamilyPayload(this.families.setCustody(caller, input));
	}

	@MutationMapping
	FamilyPayload createFamily(@Argument @Valid CreateFamilyInput input, @AuthenticationPrincipal Caller caller) {
		return new FamilyPayload(this.families.create(caller, input));
	}

	@MutationMapping
	FamilyPayload updateFamily(@Argument @Valid UpdateFamilyInput input, @AuthenticationPrincipal Caller caller) {
		return new FamilyPayload(this.families.update(caller, input));
	}

	@MutationMapping
	FamilyPayload addMember(@Argument @Valid AddMemberInput input, @AuthenticationPrincipal Caller caller) {
		return new FamilyPayload(this.families.addMember(caller, input));
	}

	@MutationMapping
	FamilyPayload updateMember(@Argument @Valid UpdateMemberInput input, @AuthenticationPrincipal Caller caller) {
		return new FamilyPayload(this.families.updateMember(caller, input));
	}

	@MutationMapping
	FamilyPayload setRelation(@Argument @Valid SetRelationInput input, @AuthenticationPrincipal Caller caller) {
		return new FamilyPayload(this.families.setRelation(caller, input));
	}

	@MutationMapping
	FamilyPayload removeRelation(@Argument @Valid RemoveRelationInput input, @AuthenticationPrincipal Caller caller) {
		return new FamilyPayload(this.families.removeRelation(caller, input));
	}

	@MutationMapping
	FamilyPayload addCoreTeamMember(@Argument @Valid AddCoreTeamMemberInput input,
			@AuthenticationPrincipal Caller caller) {
		return new FamilyPayload(this.families.addCoreTeamMember(caller, input));
	}

	@MutationMapping
	FamilyPayload removeCoreTeamMember(@Argument @Valid RemoveCoreTeamMemberInput input,
			@AuthenticationPrincipal Caller caller) {
		return new FamilyPayload(this.families.removeCoreTeamMember(caller, input));
	}

}
