package dk.kk.hfi.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.domain.course.Course;
import dk.kk.hfi.domain.course.CourseStatus;
import dk.kk.hfi.domain.course.CourseTransition;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.FamilyRole;
import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.domain.family.TeamMembership;
import dk.kk.hfi.domain.professional.ProfessionalRole;

/** What the demo's parts ask of a family, and the small helpers they share. */
final class DemoFamilyQueries {

	private DemoFamilyQueries() {
	}

	static Member mother(Family family) {
		return family.member(DemoIds.memberId(family.id(), 1)).orElseThrow();
	}

	static List<Member> minors(Family family, LocalDate today) {
		return members(family, (member) -> member.role() == FamilyRole.CHILD && age(member, today) < 18);
	}

	static List<Member> parentsInHousehold(Family family) {
		return members(family, (member) -> member.role().isParentFigure() && member.livesInHousehold());
	}

	private static List<Member> members(Family family, Predicate<Member> filter) {
		return family.members().stream().filter(filter).toList();
	}

	static @Nullable LocalDate transitionOn(Course course, CourseStatus status) {
		return course.transitions()
			.stream()
			.filter((transition) -> transition.to() == status)
			.map(CourseTransition::on)
			.findFirst()
			.orElse(null);
	}

	/** The demo's members all have a birth date. */
	static int age(Member member, LocalDate day) {
		return Objects.requireNonNull(member.ageOn(day));
	}

	/** For courses that have started. */
	static LocalDate activatedOn(Course course) {
		return Objects.requireNonNull(course.activatedOn());
	}

	/** The family's child-and-youth caseworker on the day, or the HFI coordinator. */
	static String caseworkerOn(Family family, LocalDate day) {
		return family.coreTeam()
			.stream()
			.filter((membership) -> membership.role() == ProfessionalRole.CHILD_AND_YOUTH_CASEWORKER
					&& membership.isActiveOn(day))
			.map(TeamMembership::professionalId)
			.findFirst()
			.orElse(DemoIds.SUPPORT_COORDINATOR);
	}

	static int roundTo(int value, int step) {
		return value / step * step;
	}

	static LocalDate earliest(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	static LocalDate latest(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	static String familyId(int number) {
		return "fam-" + pad(number);
	}

	static String pad(int number) {
		return String.format("%03d", number);
	}

	static String slug(String text) {
		String folded = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
		return Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^a-z-]", "");
	}

}
