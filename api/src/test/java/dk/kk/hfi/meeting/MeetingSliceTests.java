package dk.kk.hfi.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dk.kk.hfi.AccessSliceTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.meeting.MeetingInputs.MeetingPayload;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * Meetings' schema mapping: withheld whole without MEETING, recorded only by a team that
 * may read them.
 */
class MeetingSliceTests extends AccessSliceTestSupport {

	private static final LocalDate TODAY = LocalDate.now(MovableClock.COPENHAGEN);

	private static final Meeting START = new Meeting("mt-1", 1L, "f-1", MeetingKind.START, TODAY.minusDays(7),
			List.of("p-sof", "p-kff"), List.of("f-1-mother"), null, List.of("Planen startes"), List.of(), "p-sof");

	@Autowired
	private MeetingService service;

	@Test
	void meetingsAreWithheldWithoutTheFamilysConsentToMeetings() {
		serve(KFF, FAMILY);
		given(this.service.meetingsOf(List.of(FAMILY))).willReturn(Map.of(FAMILY, List.of(START)));
		readFamily(KFF, "slice/meetings").path("family.meetings").entityList(Object.class).hasSize(0);
		store(consent(FAMILY, DataCategory.values()));
		var response = readFamily(KFF, "slice/meetings");
		response.path("family.meetings[0].kind").entity(String.class).isEqualTo("START");
		response.path("family.meetings[0].decisions").entityList(String.class).containsExactly("Planen startes");
		response.path("family.meetings[0].members[*].id").entityList(String.class).containsExactly("f-1-mother");
	}

	@Test
	void recordingAMeetingNeedsTheConsentToReadMeetings() {
		store(FAMILY);
		Map<String, Object> input = Map.of("familyId", "f-1", "kind", "START", "date", TODAY.toString(),
				"professionalIds", List.of("p-kff"), "memberIds", List.of("f-1-mother"), "decisions", List.of(),
				"actions", List.of());
		mutate(KFF, "slice/recordMeeting", input).errors()
			.expect((error) -> forbidden(error) && "MEETING".equals(error.getExtensions().get("category")))
			.verify();
		then(this.service).should(never()).record(any(), any(), any());
		store(consent(FAMILY, DataCategory.values()));
		given(this.service.record(eq(KFF), any(), any())).willReturn(new MeetingPayload(START, null));
		mutate(KFF, "slice/recordMeeting", input).errors()
			.verify()
			.path("recordMeeting.meeting.kind")
			.entity(String.class)
			.isEqualTo("START");
	}

}
