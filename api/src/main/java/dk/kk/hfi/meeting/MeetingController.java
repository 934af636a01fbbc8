package dk.kk.hfi.meeting;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.validation.Valid;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.family.MemberLoader;
import dk.kk.hfi.meeting.MeetingInputs.MeetingPayload;
import dk.kk.hfi.meeting.MeetingInputs.RecordMeetingInput;
import dk.kk.hfi.professional.ProfessionalLoader;

/** A family's meetings, batched per request. */
@Controller
class MeetingController {

	private final MeetingService service;

	MeetingController(MeetingService service) {
		this.service = service;
	}

	@MutationMapping
	MeetingPayload recordMeeting(@Argument @Valid RecordMeetingInput input, @AuthenticationPrincipal Caller caller) {
		return this.service.record(caller, input);
	}

	@SchemaMapping(typeName = "Meeting")
	CompletableFuture<Professional> recordedBy(Meeting meeting, DataLoader<String, Professional> professionals) {
		return ProfessionalLoader.load(professionals, meeting.recordedBy());
	}

	@BatchMapping(typeName = "Family")
	Map<Family, List<Meeting>> meetings(List<Family> families) {
		return this.service.meetingsOf(families);
	}

	@SchemaMapping(typeName = "Meeting")
	CompletableFuture<List<Professional>> professionals(Meeting meeting,
			DataLoader<String, Professional> professionals) {
		return ProfessionalLoader.loadAll(professionals, meeting.professionalIds());
	}

	@SchemaMapping(typeName = "Meeting")
	CompletableFuture<List<Member>> members(Meeting meeting, DataLoader<String, Member> members) {
		return MemberLoader.loadAll(members, meeting.memberIds());
	}

}
