package dk.kk.hfi.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.kk.hfi.family.District;
import dk.kk.hfi.family.Family;
import dk.kk.hfi.family.FamilyRole;
import dk.kk.hfi.family.Member;

/**
 * The population of a report: the HFI families (course activated) whose course was active at some time in the
 * period, in the district if one is given, projected to what reports need (no names, CPR or contact data).
 * {@code end} is the period's last day, or today if that is earlier or the period is open.
 */
record ReportScope(LocalDate from, LocalDate end, District district, List<Family> families) {

	ReportScope {
		families = List.copyOf(families);
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
