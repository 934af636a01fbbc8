package dk.kk.hfi.domain.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.PersonalData;
import dk.kk.hfi.domain.course.Course;

/**
 * A family in HFI: one document holding what is read together (members and relations,
 * household, course, core team), so every change to it is atomic.
 */
@Document("families")
@CompoundIndex(name = "core_team_professional", def = "{'coreTeam.professionalId': 1, 'name': 1}")
@CompoundIndex(name = "core_team_administration", def = "{'coreTeam.administration': 1, 'name': 1}")
@CompoundIndex(name = "status_name", def = "{'course.status': 1, 'name': 1}")
@CompoundIndex(name = "member_id", def = "{'members._id': 1}")
public record Family(@Id String id, @Version @Nullable Long version, @Indexed String name, District district,
		Household household, List<Member> members, Course course,
		List<TeamMembership> coreTeam) implements PersonalData {

	/**
	 * Members' identity, contact and relations are SOF's and BIF's statutory case data.
	 */
	public static final Set<Administration> MEMBER_DATA_OWNERS = Set.of(Administration.SOF, Administration.BIF);

	public Family {
		members = (members != null) ? List.copyOf(members) : List.of();
		coreTeam = (coreTeam != null) ? List.copyOf(coreTeam) : List.of();
	}

	/**
	 * Consistent with the record's equals (equal families have equal ids), but does not
	 * hash every member and the whole course: families are keys of the per-request batch
	 * loaders.
	 */
	@Override
	public int hashCode() {
		return (this.id != null) ? this.id.hashCode() : 0;
	}

	@Override
	public String familyId() {
		return this.id;
	}

	@Override
	public Set<Administration> owners() {
		return MEMBER_DATA_OWNERS;
	}

	@Override
	public List<String> subjectIds() {
		return this.members.stream().map(Member::id).toList();
	}

	public Optional<Member> member(String memberId) {
		return this.members.stream().filter((member) -> member.id().equals(memberId)).findFirst();
	}

	public Family withDetails(String name, District district, Household household) {
		return new Family(this.id, this.version, name, district, household, this.members, this.course, this.coreTeam);
	}

	public Family withMembers(List<Member> members) {
		return new Family(this.id, this.version, this.name, this.district, this.household, members, this.course,
				this.coreTeam);
	}

	public Family withMember(String memberId, UnaryOperator<Member> change) {
		List<Member> changed = new ArrayList<>();
		for (Member member : this.members) {
			changed.add(member.id().equals(memberId) ? change.apply(member) : member);
		}
		return withMembers(changed);
	}

	public Family withCoreTeam(List<TeamMembership> coreTeam) {
		return new Family(this.id, this.version, this.name, this.district, this.household, this.members, this.course,
				coreTeam);
	}

	public Family withCourse(Course course) {
		return new Family(this.id, this.version, this.name, this.district, this.household, this.members, course,
				this.coreTeam);
	}

}
