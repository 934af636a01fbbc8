package dk.kk.hfi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.domain.course.Course;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.domain.family.TeamMembership;
import dk.kk.hfi.domain.professional.ProfessionalRole;
import dk.kk.hfi.meeting.Meeting;
import dk.kk.hfi.meeting.MeetingKind;

import static dk.kk.hfi.demo.DemoFamilyQueries.activatedOn;
import static dk.kk.hfi.demo.DemoFamilyQueries.age;
import static dk.kk.hfi.demo.DemoFamilyQueries.caseworkerOn;
import static dk.kk.hfi.demo.DemoFamilyQueries.familyId;
import static dk.kk.hfi.demo.DemoFamilyQueries.minors;
import static dk.kk.hfi.demo.DemoFamilyQueries.mother;

/**
 * Draws a family's meetings: the start meeting, the core team's and the support team's,
 * the handovers when a caseworker leaves, and the closing or next meeting.
 */
final class DemoMeetings {

	private final DemoDraws draws;

	DemoMeetings(DemoDraws draws) {
		this.draws = draws;
	}

	/** The family's meetings in date order, numbered. */
	List<Meeting> meetings(Family family) {
		Course course = family.course();
		LocalDate activatedOn = course.activatedOn();
		if (activatedOn == null) {
			return List.of();
		}
		LocalDate end = (course.closedOn() != null) ? course.closedOn() : this.draws.today();
		List<Meeting> meetings = new ArrayList<>();
		List<String> startProfessionals = new ArrayList<>(teamOn(family, activatedOn));
		if (!startProfessionals.contains(DemoIds.SUPPORT_COORDINATOR)) {
			startProfessionals.add(DemoIds.SUPPORT_COORDINATOR);
		}
		meetings.add(meeting(family, MeetingKind.START, activatedOn, startProfessionals, attendees(family), null,
				decisions(family, "START")));
		LocalDate next = regularMeetings(family, activatedOn, end, meetings);
		meetings.addAll(handovers(family, end));
		if (course.closedOn() != null) {
			meetings.add(meeting(family, MeetingKind.CLOSING, course.closedOn(), teamOn(family, course.closedOn()),
					attendees(family), 0, decisions(family, "CLOSING")));
		}
		else {
			// The next core-team meeting, not held yet.
			meetings.add(meeting(family, MeetingKind.CORE_TEAM, next, teamOn(family, this.draws.today()),
					attendees(family), 0, List.of()));
		}
		return numbered(family, meetings);
	}

	/**
	 * The core team meets every six to ten weeks the first year, then every six to nine
	 * months, every third time to follow up; the support team meets in between the first
	 * year. Returns the day of the next core-team meeting.
	 */
	private LocalDate regularMeetings(Family family, LocalDate activatedOn, LocalDate end, List<Meeting> meetings) {
		LocalDate date = activatedOn.plusDays(this.draws.between(18, 28));
		LocalDate nextSupportMeeting = activatedOn.plusDays(this.draws.between(90, 130));
		for (int i = 0; date.isBefore(end); i++) {
			while (nextSupportMeeting.isBefore(date)) {
				meetings.add(meeting(family, MeetingKind.SUPPORT_TEAM, nextSupportMeeting,
						supportTeamOn(family, nextSupportMeeting), List.of(), 0, decisions(family, "SUPPORT_TEAM")));
				// The support team follows the course closely the first year, then only
				// when asked (a handover).
				nextSupportMeeting = nextSupportMeeting.plusDays(this.draws.between(100, 160));
				if (nextSupportMeeting.isAfter(activatedOn.plusYears(1))) {
					nextSupportMeeting = LocalDate.MAX;
				}
			}
			MeetingKind kind = (i % 3 == 2) ? MeetingKind.FOLLOW_UP : MeetingKind.CORE_TEAM;
			meetings.add(meeting(family, kind, date, teamOn(family, date), attendees(family), 0,
					decisions(family, kind.name())));
			boolean firstYear = date.isBefore(activatedOn.plusYears(1));
			date = date.plusDays(firstYear ? this.draws.between(42, 70) : this.draws.between(180, 270));
		}
		return date;
	}

	/** The support team hands a case over a few days after its caseworker left. */
	private List<Meeting> handovers(Family family, LocalDate end) {
		List<Meeting> handovers = new ArrayList<>();
		for (TeamMembership ended : family.coreTeam()) {
			LocalDate handoverOn = (ended.until() != null) ? ended.until().plusDays(this.draws.between(3, 10)) : null;
			if (handoverOn != null && handoverOn.isBefore(end) && isCaseworker(ended.role())) {
				String newcomer = (ended.role() == ProfessionalRole.JOB_CASEWORKER) ? "jobrådgiver"
						: "børne- og ungerådgiver";
				handovers.add(meeting(family, MeetingKind.SUPPORT_TEAM, handoverOn, supportTeamOn(family, handoverOn),
						List.of(), 0,
						this.draws.content()
							.decisions("handover")
							.stream()
							.map((text) -> text.replace("{rådgiver}", newcomer))
							.toList()));
			}
		}
		return handovers;
	}

	/** The meetings in date order, numbered per family. */
	private static List<Meeting> numbered(Family family, List<Meeting> meetings) {
		List<Meeting> sorted = new ArrayList<>(meetings);
		sorted.sort(Comparator.comparing(Meeting::date));
		List<Meeting> numbered = new ArrayList<>();
		for (Meeting meeting : sorted) {
			String id = String.format("mtg-%s-%02d", family.id().substring(4), numbered.size() + 1);
			numbered.add(new Meeting(id, null, meeting.familyId(), meeting.kind(), meeting.date(),
					meeting.professionalIds(), meeting.memberIds(), meeting.planVersion(), meeting.decisions()));
		}
		return numbered;
	}

	private static boolean isCaseworker(ProfessionalRole role) {
		return role == ProfessionalRole.CHILD_AND_YOUTH_CASEWORKER || role == ProfessionalRole.JOB_CASEWORKER;
	}

	/**
	 * A meeting without id yet. The plan version is 0 (the version a freshly stored plan
	 * gets) once the plan exists, and null at the start meeting.
	 */
	private static Meeting meeting(Family family, MeetingKind kind, LocalDate date, List<String> professionalIds,
			List<String> memberIds, @Nullable Integer planVersion, List<String> decisions) {
		return new Meeting(null, null, family.id(), kind, date, professionalIds, memberIds, planVersion, decisions);
	}

	/**
	 * The mother always; a father in the household always, one elsewhere sometimes; older
	 * children sometimes.
	 */
	private List<String> attendees(Family family) {
		List<String> attendees = new ArrayList<>();
		for (Member member : family.members()) {
			boolean attends = switch (member.role()) {
				case MOTHER -> true;
				case FATHER, STEP_PARENT -> member.livesInHousehold() || this.draws.chance(0.25);
				case CHILD ->
					member.livesInHousehold() && age(member, this.draws.today()) >= 12 && this.draws.chance(0.3);
				default -> false;
			};
			if (attends) {
				attendees.add(member.id());
			}
		}
		return attendees;
	}

	private List<String> teamOn(Family family, LocalDate day) {
		return family.coreTeam()
			.stream()
			.filter((membership) -> membership.isActiveOn(day))
			.map(TeamMembership::professionalId)
			.distinct()
			.toList();
	}

	private List<String> supportTeamOn(Family family, LocalDate day) {
		List<String> professionals = new ArrayList<>(List.of(DemoIds.SUPPORT_COORDINATOR, DemoIds.BIF_CONSULTANT));
		professionals.add(this.draws.pick(List.of(DemoIds.BUF_PSYCHOLOGIST, DemoIds.KFF_BRIDGE_BUILDER,
				DemoIds.SUF_PHYSIOTHERAPIST, DemoIds.SOF_SPECIALIST)));
		professionals.add(caseworkerOn(family, day));
		return professionals.stream().distinct().toList();
	}

	private List<String> decisions(Family family, String kind) {
		String child = this.draws.pick(minors(family, this.draws.today())).firstName();
		return this.draws.picks(this.draws.content().decisions(kind), this.draws.between(2, 3))
			.stream()
			.map((text) -> text.replace("{barn}", child))
			.toList();
	}

}
