package dk.kk.hfi.course;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import dk.kk.hfi.change.ChangeFeed;
import dk.kk.hfi.change.ChangeKind;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.ErrorCode;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.common.Versions;
import dk.kk.hfi.consent.ConsentService;
import dk.kk.hfi.course.CapacityLedger.Claim;
import dk.kk.hfi.course.CourseInputs.ActivateCourseInput;
import dk.kk.hfi.course.CourseInputs.CloseCourseInput;
import dk.kk.hfi.course.CourseInputs.StartConsentConversationInput;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.course.Course;
import dk.kk.hfi.domain.course.CourseClosingReason;
import dk.kk.hfi.domain.course.CourseStatus;
import dk.kk.hfi.domain.course.CourseTransition;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.FamilyRepository;
import dk.kk.hfi.domain.family.TeamMembership;
import dk.kk.hfi.domain.professional.ProfessionalRole;
import dk.kk.hfi.family.FamilyService;

/**
 * The life cycle of a course: referred → consent conversation → active → closed, each
 * transition one version-checked write of the family; activation also takes one of the
 * programme's places in the {@link CapacityLedger}.
 */
@Service
class CourseService {

	/**
	 * Which transitions are allowed from each status; closing is possible at any stage.
	 */
	private static final Map<CourseStatus, Set<CourseStatus>> ALLOWED = Map.of(CourseStatus.REFERRED,
			Set.of(CourseStatus.CONSENT_CONVERSATION, CourseStatus.CLOSED), CourseStatus.CONSENT_CONVERSATION,
			Set.of(CourseStatus.ACTIVE, CourseStatus.CLOSED), CourseStatus.ACTIVE, Set.of(CourseStatus.CLOSED),
			CourseStatus.CLOSED, Set.of());

	static final Sort BY_REFERRAL = Sort.by("course.referredOn", "_id");

	private final FamilyService families;

	private final ChangeFeed changes;

	private final Clock clock;

	private final FamilyRepository repository;

	private final CapacityLedger ledger;

	private final CourseProperties properties;

	private final MongoTemplate mongo;

	private final ConsentService consents;

	CourseService(FamilyService families, FamilyRepository repository, CapacityLedger ledger,
			CourseProperties properties, MongoTemplate mongo, ConsentService consents, Clock clock,
			ChangeFeed changes) {
		this.changes = changes;
		this.clock = clock;
		this.families = families;
		this.repository = repository;
		this.ledger = ledger;
		this.properties = properties;
		this.mongo = mongo;
		this.consents = consents;
	}

	Family startConsentConversation(Caller caller, StartConsentConversationInput input) {
		Family family = current(caller, input.familyId(), input.expectedVersion());
		LocalDate on = dateOf(family, input.on());
		requireTransition(family, CourseStatus.CONSENT_CONVERSATION);
		Family changed = this.repository
			.save(family.withCourse(family.course().moveTo(CourseStatus.CONSENT_CONVERSATION, on, caller.id(), null)));
		this.changes.changed(changed.id(), ChangeKind.COURSE);
		return changed;
	}

	Family activate(Caller caller, ActivateCourseInput input) {
		Family family = current(caller, input.familyId(), input.expectedVersion());
		LocalDate on = dateOf(family, input.on());
		requireTransition(family, CourseStatus.ACTIVE);
		requireReadyToStart(family);
		Claim claim = this.ledger.reserve(family.id(), this.properties.capacity());
		try {
			Family activated = this.repository
				.save(family.withCourse(family.course().moveTo(CourseStatus.ACTIVE, on, caller.id(), null)));
			this.changes.changed(activated.id(), ChangeKind.COURSE);
			return activated;
		}
		catch (RuntimeException ex) {
			// The family was changed meanwhile: give back the place this activation took,
			// and only that one.
			this.ledger.cancel(claim);
			if (ex instanceof OptimisticLockingFailureException) {
				throw HfiException.conflict("The family");
			}
			throw ex;
		}
	}

	Family close(Caller caller, CloseCourseInput input) {
		Family family = current(caller, input.familyId(), input.expectedVersion());
		LocalDate on = dateOf(family, input.on());
		requireTransition(family, CourseStatus.CLOSED);
		String note = (input.note() != null && !input.note().isBlank()) ? input.note().strip() : null;
		// One atomic write closes the course and ends every core-team membership but the
		// two statutory caseworkers': from the next request the others no longer see the
		// family, and the policy gives no consent-based access to a closed course.
		Family closed = this.repository.save(family
			.withCourse(family.course()
				.moveTo(new CourseTransition(CourseStatus.CLOSED, on, caller.id(), note, input.reason(),
						caller.administration())))
			.withCoreTeam(family.coreTeam()
				.stream()
				.map((membership) -> (stillOpenOn(membership, on) && !membership.isStatutoryCaseworker())
						? membership.endedOn(on.isBefore(membership.since()) ? membership.since() : on) : membership)
				.toList()));
		this.changes.changed(closed.id(), ChangeKind.COURSE);
		// The consents' own record of the ending; if this fails, the closed course
		// already ends sharing.
		this.consents.endWithCourse(family.id(), on, caller.id());
		// After the family is closed: a crash in between leaves a place held, which
		// reconciliation frees.
		this.ledger.release(family.id());
		return closed;
	}

	/** The programme's places and waiting list, for the support team. */
	CapacityOverview overview(Caller caller) {
		int limit = this.properties.capacity();
		int taken = this.ledger.taken();
		List<Family> waiting = this.mongo.find(Query
			.query(Criteria.where("course.status").in(CourseStatus.REFERRED, CourseStatus.CONSENT_CONVERSATION))
			.with(BY_REFERRAL), Family.class);
		List<WaitingFamily> waitingList = new ArrayList<>();
		for (Family family : waiting) {
			waitingList.add(new WaitingFamily(waitingList.size() + 1, family, family.course().referredOn(),
					family.course().status()));
		}
		LocalDate cutoff = followUpCutoff(LocalDate.now(this.clock));
		List<Family> followUp = this.mongo.find(Query
			.query(Criteria.where("course.status").is(CourseStatus.ACTIVE).and("course.activatedOn").lte(cutoff))
			.with(Sort.by("course.activatedOn", "_id")), Family.class);
		return new CapacityOverview(limit, taken, Math.max(0, limit - taken), waitingList, followUp);
	}

	/** Courses activated on or before this day have run past the follow-up limit. */
	LocalDate followUpCutoff(LocalDate today) {
		return today.minusMonths(this.properties.followUpAfterMonths());
	}

	/**
	 * Whole days or months from activation to closing or today; null before activation.
	 */
	@Nullable Integer timeActive(Course course, ChronoUnit unit) {
		if (course.activatedOn() == null) {
			return null;
		}
		LocalDate end = (course.closedOn() != null) ? course.closedOn() : LocalDate.now(this.clock);
		return (int) unit.between(course.activatedOn(), end);
	}

	/** An active course that has run past the follow-up limit. */
	boolean followUpDue(Course course) {
		return course.status() == CourseStatus.ACTIVE && course.activatedOn() != null
				&& !course.activatedOn().isAfter(followUpCutoff(LocalDate.now(this.clock)));
	}

	/** The reason of the latest closing, if the course was ever closed. */
	static @Nullable CourseClosingReason closingReason(Course course) {
		List<CourseTransition> transitions = course.transitions();
		for (int i = transitions.size() - 1; i >= 0; i--) {
			if (transitions.get(i).to() == CourseStatus.CLOSED) {
				return transitions.get(i).closingReason();
			}
		}
		return null;
	}

	private Family current(Caller caller, String familyId, long expectedVersion) {
		Family family = this.families.find(caller, familyId);
		Versions.requireCurrent(family.version(), expectedVersion, "The family");
		return family;
	}

	private static void requireTransition(Family family, CourseStatus to) {
		CourseStatus from = family.course().status();
		// Every status has its allowed next statuses.
		if (!Objects.requireNonNull(ALLOWED.get(from)).contains(to)) {
			throw new HfiException(ErrorCode.BAD_USER_INPUT, "A course cannot go from " + from + " to " + to,
					Map.of("reason", "INVALID_TRANSITION", "from", from.name(), "to", to.name()));
		}
	}

	/** A transition is dated today unless given; never before the previous transition. */
	private LocalDate dateOf(Family family, LocalDate given) {
		LocalDate on = (given != null) ? given : LocalDate.now(this.clock);
		List<CourseTransition> transitions = family.course().transitions();
		LocalDate previous = transitions.isEmpty() ? family.course().referredOn()
				: transitions.get(transitions.size() - 1).on();
		if (previous != null && on.isBefore(previous)) {
			throw HfiException.badInput("The date must not be before the previous transition (" + previous + ")");
		}
		return on;
	}

	/**
	 * The start meeting needs the family's active HFI consent and a core team holding a
	 * SOF child-and-youth caseworker and a BIF job caseworker.
	 */
	private void requireReadyToStart(Family family) {
		LocalDate today = LocalDate.now(this.clock);
		List<String> missing = new ArrayList<>();
		if (!this.consents.hasActiveHfiConsent(family.id(), today)) {
			missing.add("ACTIVE_CONSENT");
		}
		if (!hasOnTeam(family, Administration.SOF, ProfessionalRole.CHILD_AND_YOUTH_CASEWORKER, today)) {
			missing.add("SOF_CHILD_AND_YOUTH_CASEWORKER");
		}
		if (!hasOnTeam(family, Administration.BIF, ProfessionalRole.JOB_CASEWORKER, today)) {
			missing.add("BIF_JOB_CASEWORKER");
		}
		if (!missing.isEmpty()) {
			throw new HfiException(ErrorCode.BAD_USER_INPUT,
					"The course cannot start yet: missing " + String.join(", ", missing),
					Map.of("reason", "NOT_READY_TO_START", "missing", missing));
		}
	}

	private static boolean stillOpenOn(TeamMembership membership, LocalDate day) {
		return membership.until() == null || membership.until().isAfter(day);
	}

	private static boolean hasOnTeam(Family family, Administration administration, ProfessionalRole role,
			LocalDate today) {
		return family.coreTeam()
			.stream()
			.anyMatch((TeamMembership membership) -> membership.isActiveOn(today)
					&& membership.administration() == administration && membership.role() == role);
	}

	/** The capacity overview. */
	record CapacityOverview(int limit, int active, int available, List<WaitingFamily> waitingList,
			List<Family> followUpDue) {
	}

	/** A family on the waiting list. */
	record WaitingFamily(int position, Family family, LocalDate referredOn, CourseStatus status) {
	}

}
