package dk.kk.hfi.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.kk.hfi.domain.family.District;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.FamilyRole;
import dk.kk.hfi.domain.family.Member;

/**
 * The population of a report: the HFI families whose course was activated in the period
 * (its intake), in the district if one is given, projected to what reports need (no
 * names, CPR or contact data). A family's figures "at the end" are taken on
 * {@link #until}: the day its course closed, or {@code today} while it runs, never on a
 * day that depends on the period, so that a year's figures are exactly the sums of its
 * quarters'.
 */
record ReportScope(ReportPeriod period, District district, List<Family> families, LocalDate today,
		List<Integer> costYears) {

	ReportScope {
		families = List.copyOf(families);
		costYears = List.copyOf(costYears);
	}

	/**
	 * The day a family's figures at the end are taken: its course's last day, or today
	 * while it runs.
	 */
	LocalDate until(Family family) {
		LocalDate closed = family.course().closedOn();
		return (closed != null && closed.isBefore(this.today)) ? closed : this.today;
	}

	/** {@link #until} of each member's family. */
	Map<String, LocalDate> untilByMember() {
		Map<String, LocalDate> until = new HashMap<>();
		this.families.forEach((family) -> family.members().forEach((member) -> until.put(member.id(), until(family))));
		return until;
	}

	List<String> familyIds() {
		return this.families.stream().map(Family::id).toList();
	}

	List<Member> members() {
		return this.families.stream().flatMap((family) -> family.members().stream()).toList();
	}

	List<Member> children() {
		return members().stream().filter((member) -> member.role() == FamilyRole.CHILD).toList();
	}

	List<Member> adults() {
		return members().stream().filter((member) -> member.role() != null && member.role().isParentFigure()).toList();
	}

	Set<String> ids(List<Member> members) {
		return members.stream().map(Member::id).collect(Collectors.toSet());
	}

	/** The day each member's family started in HFI (its course was activated). */
	Map<String, LocalDate> startByMember() {
		Map<String, LocalDate> starts = new HashMap<>();
		this.families.forEach((family) -> family.members()
			.forEach((member) -> starts.put(member.id(), family.course().activatedOn())));
		return starts;
	}

	Map<String, Family> familiesById() {
		return this.families.stream().collect(Collectors.toMap(Family::id, (family) -> family));
	}

}
