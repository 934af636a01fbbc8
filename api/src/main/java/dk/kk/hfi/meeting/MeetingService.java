package dk.kk.hfi.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import dk.kk.hfi.change.ChangeFeed;
import dk.kk.hfi.change.ChangeKind;
import dk.kk.hfi.common.ByFamily;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.ErrorCode;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.common.IdGenerator;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRepository;
import dk.kk.hfi.family.FamilyService;
import dk.kk.hfi.meeting.MeetingInputs.MeetingPayload;
import dk.kk.hfi.meeting.MeetingInputs.MinuteActionInput;
import dk.kk.hfi.meeting.MeetingInputs.RecordMeetingInput;
import dk.kk.hfi.plan.ActionStatus;
import dk.kk.hfi.plan.Plan;
import dk.kk.hfi.plan.PlanAction;
import dk.kk.hfi.plan.PlanService;

/**
 * Records meetings with their action minutes. The meeting is written first (one insert),
 * holding its actions with ids of their own; the actions then go onto the family's plan
 * under those ids, so recording the same meeting again (same retry key {@code id})
 * completes a half-done recording from the stored meeting instead of doubling it.
 */
@Service
class MeetingService {

	private final FamilyService families;

	private final ChangeFeed changes;

	private final Clock clock;

	private final MeetingRepository meetings;

	private final ProfessionalRepository professionals;

	private final PlanService plans;

	private final IdGenerator ids;

	MeetingService(FamilyService families, MeetingRepository meetings, ProfessionalRepository professionals,
			PlanService plans, Clock clock, ChangeFeed changes, IdGenerator ids) {
		this.ids = ids;
		this.changes = changes;
		this.clock = clock;
		this.families = families;
		this.meetings = meetings;
		this.professionals = professionals;
		this.plans = plans;
	}

	/** The families' meetings, newest first, one look-up for all. */
	Map<Family, List<Meeting>> meetingsOf(List<Family> families) {
		return ByFamily.group(families, Family::id, this.meetings::findByFamilyIdIn, Meeting::familyId,
				Comparator.comparing(Meeting::date).reversed());
	}

	/**
	 * Records a meeting and puts its action minutes on the plan: a caller who may not
	 * read the family's plan records no actions, and an action names a goal on the plan.
	 */
	MeetingPayload record(Caller caller, RecordMeetingInput input, Predicate<Family> mayReadPlan) {
		Family family = this.families.find(caller, input.familyId());
		if (!input.actions().isEmpty() && !mayReadPlan.test(family)) {
			throw new HfiException(ErrorCode.FORBIDDEN,
					"recordMeeting puts its actions on the plan, which you may not read: it needs the family's "
							+ "consent for PLAN",
					Map.of("category", DataCategory.PLAN.name()));
		}
		if (input.date().isAfter(LocalDate.now(this.clock).plusYears(1))) {
			throw HfiException.badInput("A meeting is at most a year ahead");
		}
		for (String memberId : input.memberIds()) {
			requireMember(family, memberId);
		}
		Map<String, Professional> byId = new HashMap<>();
		List<String> wanted = new ArrayList<>(input.professionalIds());
		input.actions().stream().map(MinuteActionInput::professionalId).filter((id) -> id != null).forEach(wanted::add);
		this.professionals.findAllById(wanted).forEach((found) -> byId.put(found.id(), found));
		for (String id : wanted) {
			if (!byId.containsKey(id)) {
				throw HfiException.notFound("Professional " + id);
			}
		}
		Long current = this.plans.currentVersion(family.id());
		Integer planVersion = input.planVersion();
		if (planVersion != null && (current == null || planVersion > current)) {
			throw HfiException.badInput("The plan has no version " + planVersion);
		}
		if (planVersion == null && current != null) {
			planVersion = current.intValue();
		}
		String meetingId = (input.id() != null) ? retryableId(family.id(), input.id()) : this.ids.next("mtg-");
		List<PlanAction> actions = new ArrayList<>();
		Set<String> goalIds = input.actions().isEmpty() ? Set.of() : this.plans.goalIds(family.id());
		for (MinuteActionInput action : input.actions()) {
			if ((action.professionalId() == null) == (action.memberId() == null)) {
				throw HfiException.badInput("An action is done by exactly one professional or one family member");
			}
			if (action.goalId() != null && !goalIds.contains(action.goalId())) {
				throw HfiException.badInput("An action names goal " + action.goalId() + ", which is not on the plan");
			}
			requireMember(family, action.memberId());
			Professional responsible = (action.professionalId() != null) ? byId.get(action.professionalId()) : null;
			// An id of its own: one made from the meeting's would name the meeting to
			// those who may read the plan but not the meetings.
			actions.add(new PlanAction(this.ids.next("a-"), action.goalId(), action.description().strip(),
					action.professionalId(), action.memberId(),
					(responsible != null) ? responsible.administration() : null, action.due(), ActionStatus.OPEN,
					action.principles(), meetingId));
		}
		Meeting meeting = new Meeting(meetingId, null, family.id(), input.kind(), input.date(),
				input.professionalIds().stream().distinct().toList(), input.memberIds().stream().distinct().toList(),
				planVersion, input.decisions().stream().map(String::strip).toList(), actions, caller.id());
		try {
			meeting = this.meetings.insert(meeting);
		}
		catch (DuplicateKeyException ex) {
			// A retry of a recording that stopped half-way: finish it with what was
			// stored.
			meeting = this.meetings.findById(meetingId)
				.filter((stored) -> stored.familyId().equals(family.id()))
				.orElseThrow(() -> new HfiException(ErrorCode.CONFLICT, "Another meeting has this id"));
		}
		// Again on a retry, as the first may have stopped before it: a change on the feed
		// twice only makes a reader read the family once more.
		this.changes.changed(ChangeKind.MEETING, meeting, DataCategory.MEETING);
		// this mutation stores every meeting with its (possibly empty) actions
		List<PlanAction> recorded = Objects.requireNonNull(meeting.actions());
		Plan plan = recorded.isEmpty() ? null : this.plans.addMinutes(family, recorded, caller.id());
		return new MeetingPayload(meeting, plan);
	}

	/**
	 * The meeting's id for the key a client chose to make a retry safe: the same for the
	 * same family and key, and never in another family's way, so that a key another
	 * family happens to use tells nothing.
	 */
	private static String retryableId(String familyId, String key) {
		return "mtg-" + UUID.nameUUIDFromBytes((familyId + "/" + key).getBytes(StandardCharsets.UTF_8));
	}

	private static void requireMember(Family family, String memberId) {
		if (memberId != null && family.member(memberId).isEmpty()) {
			throw HfiException.notFound("Member " + memberId);
		}
	}

}
