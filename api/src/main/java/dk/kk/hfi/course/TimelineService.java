package dk.kk.hfi.course;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.Copenhagen;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.domain.consent.ConsentState;
import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.course.CourseTransition;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.measure.Measure;
import dk.kk.hfi.meeting.Meeting;
import dk.kk.hfi.plan.Plan;
import dk.kk.hfi.plan.PlanVersion;

/**
 * The course timeline of each family, newest first: transitions, consents, meetings, plan
 * versions and measures, so a new caseworker catches up in minutes. One query per
 * collection for all families of a request.
 */
@Service
class TimelineService {

	private final MongoTemplate mongo;

	private final Clock clock;

	TimelineService(MongoTemplate mongo, Clock clock) {
		this.clock = clock;
		this.mongo = mongo;
	}

	Map<Family, List<TimelineEvent>> of(List<Family> families) {
		List<String> ids = families.stream().map(Family::id).toList();
		Map<String, List<TimelineEvent>> events = new LinkedHashMap<>();
		families.forEach((family) -> events.put(family.id(), transitions(family)));
		for (ConsentVersion consent : find(ids, ConsentVersion.class)) {
			eventsOf(events, consent.familyId()).add(consent(consent));
		}
		LocalDate today = LocalDate.now(this.clock);
		for (Meeting meeting : find(ids, Meeting.class)) {
			// What has happened: a meeting planned ahead joins the timeline when it is
			// held.
			if (!meeting.date().isAfter(today)) {
				eventsOf(events, meeting.familyId()).add(meeting(meeting));
			}
		}
		for (PlanVersion version : find(ids, PlanVersion.class)) {
			eventsOf(events, version.familyId()).add(planSaved(version.familyId(), version.id(), version.version(),
					version.savedAt(), version.savedBy()));
		}
		for (Plan plan : find(ids, Plan.class)) {
			eventsOf(events, plan.familyId()).add(planSaved(plan.familyId(), plan.id() + ":" + plan.version(),
					// A stored plan has its version.
					Objects.requireNonNull(plan.version()), plan.updatedAt(), plan.updatedBy()));
		}
		for (Measure measure : find(ids, Measure.class)) {
			eventsOf(events, measure.familyId()).addAll(measure(measure));
		}
		Map<Family, List<TimelineEvent>> result = new LinkedHashMap<>();
		for (Family family : families) {
			List<TimelineEvent> newestFirst = new ArrayList<>(events.get(family.id()));
			newestFirst.sort(Comparator.comparing(TimelineEvent::at).thenComparing(TimelineEvent::id).reversed());
			result.put(family, newestFirst);
		}
		return result;
	}

	/**
	 * A family's events so far: everything found belongs to one of the families asked for
	 * (found by their ids).
	 */
	private static List<TimelineEvent> eventsOf(Map<String, List<TimelineEvent>> events, String familyId) {
		return Objects.requireNonNull(events.get(familyId));
	}

	private <T> List<T> find(List<String> familyIds, Class<T> type) {
		return this.mongo.find(Query.query(Criteria.where("familyId").in(familyIds)), type);
	}

	/** Course administration, like names and roles, is visible to the whole team. */
	private static List<TimelineEvent> transitions(Family family) {
		List<TimelineEvent> events = new ArrayList<>();
		List<CourseTransition> transitions = family.course().transitions();
		for (int i = 0; i < transitions.size(); i++) {
			CourseTransition transition = transitions.get(i);
			String summary = switch (transition.to()) {
				case REFERRED -> "Henvist til HFI";
				case CONSENT_CONVERSATION -> "Samtykkesamtale påbegyndt";
				case ACTIVE -> "Forløbet er startet (opstartsmøde)";
				// The reason in words is its author's case data
				// (Course.transitions.reason): never in the timeline.
				case CLOSED -> "Forløbet er afsluttet";
			};
			// Transitions of one day keep their order: the later one is the newer.
			events.add(new TimelineEvent(family.id() + ":course:" + i, family.id(), TimelineEventKind.COURSE_TRANSITION,
					transition.on(), startOf(transition.on()).plusMillis(i), summary, transition.byProfessionalId(),
					family.id(), Family.MEMBER_DATA_OWNERS, List.of(), DataCategory.BASIC_IDENTITY));
		}
		return events;
	}

	/** The consent's terms are visible to the team, as on {@code Family.consents}. */
	private static TimelineEvent consent(ConsentVersion consent) {
		TimelineEventKind kind = (consent.state() == ConsentState.WITHDRAWN) ? TimelineEventKind.CONSENT_WITHDRAWN
				: (consent.version() == 1) ? TimelineEventKind.CONSENT_RECORDED : TimelineEventKind.CONSENT_CHANGED;
		String summary = switch (kind) {
			case CONSENT_WITHDRAWN -> "Samtykket er trukket tilbage";
			case CONSENT_RECORDED -> (consent.state() == ConsentState.DRAFT) ? "Udkast til samtykke" : "Samtykke givet";
			default -> "Samtykket er ændret (version " + consent.version() + ")";
		};
		LocalDate on = LocalDate.ofInstant(consent.recordedAt(), Copenhagen.ZONE);
		return new TimelineEvent(consent.id(), consent.familyId(), kind, on, consent.recordedAt(), summary,
				consent.recordedBy(), consent.consentId(), Family.MEMBER_DATA_OWNERS, List.of(),
				DataCategory.BASIC_IDENTITY);
	}

	private static TimelineEvent meeting(Meeting meeting) {
		String summary = switch (meeting.kind()) {
			case START -> "Opstartsmøde";
			case CORE_TEAM -> "Kerneteammøde";
			case SUPPORT_TEAM -> "Supportteammøde";
			case FOLLOW_UP -> "Opfølgningsmøde";
			case CLOSING -> "Afslutningsmøde";
		} + ((meeting.decisions().isEmpty()) ? "" : ": " + String.join("; ", meeting.decisions()));
		// A stored meeting has its id.
		return new TimelineEvent(Objects.requireNonNull(meeting.id()), meeting.familyId(), TimelineEventKind.MEETING,
				meeting.date(), startOf(meeting.date()).plusSeconds(1), summary, meeting.recordedBy(), meeting.id(),
				meeting.owners(), meeting.subjectIds(), DataCategory.MEETING);
	}

	private static TimelineEvent planSaved(String familyId, String id, long version, @Nullable Instant savedAt,
			@Nullable String savedBy) {
		Instant at = (savedAt != null) ? savedAt : Instant.EPOCH;
		return new TimelineEvent(id, familyId, TimelineEventKind.PLAN_SAVED, LocalDate.ofInstant(at, Copenhagen.ZONE),
				at, "Familiens Plan gemt (version " + version + ")", savedBy, id, Set.of(Administration.SOF), List.of(),
				DataCategory.PLAN);
	}

	/**
	 * A measure's events carry its owner, member and category: a HEALTH measure stays
	 * HEALTH here.
	 */
	private List<TimelineEvent> measure(Measure measure) {
		List<TimelineEvent> events = new ArrayList<>();
		if (measure.period() == null) {
			return events;
		}
		String name = measure.kind().danishName();
		LocalDate today = LocalDate.now(this.clock);
		if (!measure.period().from().isAfter(today)) {
			events.add(new TimelineEvent(measure.id() + ":start", measure.familyId(), TimelineEventKind.MEASURE_STARTED,
					measure.period().from(), startOf(measure.period().from()).plusSeconds(2), name + " er startet",
					null, measure.id(), measure.owners(), measure.subjectIds(), measure.category()));
		}
		LocalDate to = measure.period().to();
		if (to != null && to.isBefore(today)) {
			events.add(new TimelineEvent(measure.id() + ":end", measure.familyId(), TimelineEventKind.MEASURE_ENDED, to,
					startOf(to).plusSeconds(3), name + " er afsluttet", null, measure.id(), measure.owners(),
					measure.subjectIds(), measure.category()));
		}
		return events;
	}

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(Copenhagen.ZONE).toInstant();
	}

}
