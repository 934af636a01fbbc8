package dk.kk.hfi.meeting;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.access.AccessContext;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.meeting.MeetingInputs.MeetingPayload;
import dk.kk.hfi.meeting.MeetingInputs.RecordMeetingInput;

/** A family's meetings, batched per request. */
@Controller
class MeetingController {

	private final MeetingService service;

	MeetingController(MeetingService service) {
		this.service = service;
	}

	@MutationMapping
	MeetingPayload recordMeeting(@Argument @Valid RecordMeetingInput input, @AuthenticationPrincipal Caller caller,
			DataFetchingEnvironment env) {
		return this.service.record(caller, input,
				AccessContext.of(env.getGraphQlContext()).permitting(DataCategory.PLAN));
	}

	@BatchMapping(typeName = "Family")
	Map<Family, List<Meeting>> meetings(List<Family> families) {
		return this.service.meetingsOf(families);
	}

}
