package dk.kk.hfi.family;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Service;

import dk.kk.hfi.access.FamilyScope;
import dk.kk.hfi.change.ChangeFeed;
import dk.kk.hfi.change.ChangeKind;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.common.IdGenerator;
import dk.kk.hfi.common.Paging;
import dk.kk.hfi.common.Versions;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.caller.ProfessionalCaller;
import dk.kk.hfi.domain.course.Course;
import dk.kk.hfi.domain.family.CustodyChange;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.FamilyRepository;
import dk.kk.hfi.domain.family.FamilyRole;
import dk.kk.hfi.domain.family.Member;
import dk.kk.hfi.domain.family.StoredRelation;
import dk.kk.hfi.domain.family.TeamMembership;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRepository;
import dk.kk.hfi.domain.professional.ProfessionalRole;
import dk.kk.hfi.family.FamilyInputs.AddCoreTeamMemberInput;
import dk.kk.hfi.family.FamilyInputs.AddMemberInput;
import dk.kk.hfi.family.FamilyInputs.CreateFamilyInput;
import dk.kk.hfi.family.FamilyInputs.NewMemberRelationInput;
import dk.kk.hfi.family.FamilyInputs.RemoveCoreTeamMemberInput;
import dk.kk.hfi.family.FamilyInputs.RemoveRelationInput;
import dk.kk.hfi.family.FamilyInputs.SetCustodyInput;
import dk.kk.hfi.family.FamilyInputs.SetRelationInput;
import dk.kk.hfi.family.FamilyInputs.UpdateFamilyInput;
import dk.kk.hfi.family.FamilyInputs.UpdateMemberInput;

/**
 * The rules of families: every look-up is limited to the caller's {@link FamilyScope},
 * every change is one atomic, version-checked write of the family document.
 */
@Service
public class FamilyService {

	private static final Sort BY_NAME = Sort.by("name", "id");

	private final MongoTemplate mongo;

	private final ChangeFeed changes;

	private final Clock clock;

	private final IdGenerator ids;

	private final FamilyRepository families;

	private final ProfessionalRepository professionals;

	FamilyService(MongoTemplate mongo, FamilyRepository families, ProfessionalRepository professionals, Clock clock,
			ChangeFeed changes, IdGenerator ids) {
		this.ids = ids;
		this.changes = changes;
		this.clock = clock;
		this.mongo = mongo;
		this.families = families;
		this.professionals = professionals;
	}

	public Family find(Caller caller, String id) {
		Query query = Query.query(Criteria.where("_id").is(id).andOperator(FamilyScope.visibleTo(caller, today())));
		Family family = this.mongo.findOne(query, Family.class);
		if (family == null) {
			throw HfiException.notFound("Family");
		}
		return family;
	}

	/**
	 * The family, which must have the member a record is about ({@code field} names the
	 * member's input).
	 */
	public Family findWithMember(Caller caller, String id, String memberId, String field) {
		Family family = find(caller, id);
		if (family.member(memberId).isEmpty()) {
			throw HfiException.badInput(field + ": not a member of the family");
		}
		return family;
	}

	public Window<Family> page(Caller caller, FamilyFilter filter, ScrollSubrange subrange) {
		List<Criteria> criteria = new ArrayList<>();
		criteria.add(FamilyScope.visibleTo(caller, today()));
		if (filter != null) {
			if (filter.status() != null) {
				criteria.add(Criteria.where("course.status").is(filter.status()));
			}
			if (filter.administration() != null) {
				criteria.add(Criteria.where("coreTeam")
					.elemMatch(FamilyScope.activeOn(today()).and("administration").is(filter.administration())));
			}
			if (filter.text() != null) {
				// Filtering by name reads names: the schema declares it
				// (FamilyFilter.text).
				criteria.add(Criteria.where("name").regex(Pattern.quote(filter.text().strip()), "i"));
			}
		}
		Query query = Query.query(new Criteria().andOperator(criteria)).with(BY_NAME);
		ScrollPosition position = Paging.position(subrange, BY_NAME);
		query.with(position).limit(Paging.count(subrange));
		return this.mongo.scroll(query, Family.class);
	}

	/**
	 * A page of the families whose core team the professional is actively on, by name.
	 */
	public Window<Family> caseloadOf(String professionalId, ScrollSubrange subrange) {
		Query query = Query
			.query(Criteria.where("coreTeam")
				.elemMatch(FamilyScope.activeOn(today()).and("professionalId").is(professionalId)))
			.with(BY_NAME)
			.with(Paging.position(subrange, BY_NAME))
			.limit(Paging.count(subrange, Paging.CASELOAD))
			.cursorBatchSize(Paging.CURSOR_BATCH_SIZE);
		return this.mongo.scroll(query, Family.class);
	}

	/** Each professional's active core-team families (demo sign-in lists them). */
	public Map<String, List<Family>> activeTeamFamiliesByProfessional() {
		Map<String, List<Family>> result = new HashMap<>();
		LocalDate today = today();
		for (Family family : this.families.findAll(BY_NAME)) {
			family.coreTeam()
				.stream()
				.filter((membership) -> membership.isActiveOn(today))
				.forEach((membership) -> result.computeIfAbsent(membership.professionalId(), (id) -> new ArrayList<>())
					.add(family));
		}
		return result;
	}

	public Family create(Caller caller, CreateFamilyInput input) {
		String familyId = this.ids.next("");
		List<Member> members = new ArrayList<>();
		for (MemberInput member : input.members()) {
			members.add(member.toMember(this.ids.next(""), familyId));
		}
		if (input.relations() != null) {
			members = related(members, input.relations());
		}
		LocalDate referredOn = (input.referredOn() != null) ? input.referredOn() : today();
		List<TeamMembership> team = new ArrayList<>();
		if (!(caller instanceof ProfessionalCaller professional && professional.supportTeam())) {
			// The referring caseworker stays on the family's core team, or could not see
			// the family just created.
			Professional referrer = this.professionals.findById(caller.id())
				.orElseThrow(() -> HfiException.forbidden("Only registered professionals can refer families"));
			team.add(new TeamMembership(referrer.id(), referrer.administration(), referrer.role(), referredOn, null));
		}
		Family family = new Family(familyId, null, input.name().strip(), input.district(), input.household(),
				withCustodyHolders(members), Course.referred(referredOn, caller.id()), team);
		return this.families.insert(family);
	}

	public Family update(Caller caller, UpdateFamilyInput input) {
		return change(caller, input.id(), input.expectedVersion(),
				(family) -> family.withDetails((input.name() != null) ? input.name().strip() : family.name(),
						(input.district() != null) ? input.district() : family.district(),
						(input.household() != null) ? input.household() : family.household()));
	}

	public Family addMember(Caller caller, AddMemberInput input) {
		return change(caller, input.familyId(), input.expectedVersion(), (family) -> {
			if (family.members().size() >= 20) {
				throw HfiException.badInput("A family has at most 20 members");
			}
			Member added = input.member().toMember(this.ids.next(""), family.id());
			List<Member> members = new ArrayList<>();
			for (Member member : family.members()) {
				// A custody holder added later holds custody of the children with the
				// others, from today.
				members.add((added.custodyHolder() && member.role() == FamilyRole.CHILD)
						? member.withCustody(new CustodyChange(
								Stream.concat(member.custodyHolderIds().stream(), Stream.of(added.id())).toList(),
								today(), Instant.now(this.clock), caller.id()))
						: member);
			}
			members.add(added);
			return family.withMembers(withCustodyHolders(members));
		});
	}

	public Family updateMember(Caller caller, UpdateMemberInput input) {
		return change(caller, input.familyId(), input.expectedVersion(), (family) -> {
			Member old = requireMember(family, input.memberId());
			Member changed = old.withDetailsOf(input.member().toMember(old.id(), family.id()));
			List<Member> members = new ArrayList<>(family.withMember(old.id(), (member) -> changed).members());
			return family.withMembers(withCustodyHolders(members));
		});
	}

	public Family setRelation(Caller caller, SetRelationInput input) {
		return change(caller, input.familyId(), input.expectedVersion(), (family) -> {
			requireMember(family, input.memberId());
			requireMember(family, input.relatedMemberId());
			if (input.memberId().equals(input.relatedMemberId())) {
				throw HfiException.badInput("A member cannot be related to themselves");
			}
			return family.withMember(input.memberId(), (member) -> {
				List<StoredRelation> relations = new ArrayList<>(member.relations());
				relations.removeIf((relation) -> relation.memberId().equals(input.relatedMemberId()));
				relations.add(new StoredRelation(input.kind(), input.relatedMemberId()));
				return member.withRelations(relations);
			});
		});
	}

	public Family removeRelation(Caller caller, RemoveRelationInput input) {
		return change(caller, input.familyId(), input.expectedVersion(), (family) -> {
			requireMember(family, input.memberId());
			return family.withMember(input.memberId(),
					(member) -> member.withRelations(member.relations()
						.stream()
						.filter((relation) -> !relation.memberId().equals(input.relatedMemberId()))
						.toList()));
		});
	}

	/**
	 * Sets who holds custody of a child from a date (none, one, or two for joint
	 * custody); the change is kept in the child's custody history and consents' grantor
	 * checks use it from then on.
	 */
	public Family setCustody(Caller caller, SetCustodyInput input) {
		return change(caller, input.familyId(), input.expectedVersion(), (family) -> {
			Member child = family.member(input.childId())
				.orElseThrow(() -> HfiException.badInput("input.childId: not a member of the family"));
			if (child.role() != FamilyRole.CHILD) {
				throw HfiException.badInput("input.childId: custody is held over a child");
			}
			List<String> holders = input.custodyHolderIds().stream().distinct().toList();
			for (String holderId : holders) {
				Member holder = family.member(holderId)
					.orElseThrow(() -> HfiException.badInput("input.custodyHolderIds: not a member of the family"));
				if (holder.role() == FamilyRole.CHILD) {
					throw HfiException.badInput("input.custodyHolderIds: a child cannot hold custody");
				}
			}
			LocalDate from = (input.effectiveFrom() != null) ? input.effectiveFrom() : today();
			if (from.isAfter(today())) {
				throw HfiException.badInput("input.effectiveFrom: must not be in the future");
			}
			Family changed = family.withMember(child.id(), (member) -> member
				.withCustody(new CustodyChange(holders, from, Instant.now(this.clock), caller.id())));
			return changed.withMembers(withCustodyHolderFlags(changed.members()));
		});
	}

	public Family addCoreTeamMember(Caller caller, AddCoreTeamMemberInput input) {
		Professional professional = this.professionals.findById(input.professionalId())
			.orElseThrow(() -> HfiException.notFound("Professional"));
		return changeTeam(caller, input.familyId(), input.expectedVersion(), (family) -> {
			LocalDate since = (input.since() != null) ? input.since() : today();
			boolean alreadyActive = family.coreTeam()
				.stream()
				.anyMatch((membership) -> membership.professionalId().equals(professional.id())
						&& membership.isActiveOn(today()));
			if (alreadyActive) {
				throw HfiException.badInput("The professional is already on the family's core team");
			}
			ProfessionalRole role = (input.role() != null) ? input.role() : professional.role();
			List<TeamMembership> team = new ArrayList<>(family.coreTeam());
			team.add(new TeamMembership(professional.id(), professional.administration(), role, since, null));
			return family.withCoreTeam(team);
		});
	}

	public Family removeCoreTeamMember(Caller caller, RemoveCoreTeamMemberInput input) {
		return changeTeam(caller, input.familyId(), input.expectedVersion(), (family) -> {
			boolean found = false;
			List<TeamMembership> team = new ArrayList<>();
			for (TeamMembership membership : family.coreTeam()) {
				if (membership.professionalId().equals(input.professionalId()) && membership.isActiveOn(today())) {
					membership = membership.endedOn(today());
					found = true;
				}
				team.add(membership);
			}
			if (!found) {
				throw HfiException.notFound("Active core-team membership of the professional");
			}
			return family.withCoreTeam(team);
		});
	}

	/**
	 * A change of the family's details or members: each record and category it changed
	 * goes on the feed as that record's, so only who may read what changed learns of it.
	 */
	private Family change(Caller caller, String familyId, long expectedVersion, UnaryOperator<Family> change) {
		return change(caller, familyId, expectedVersion, change, (before, saved) -> MemberChanges.between(before, saved)
			.forEach((changed) -> this.changes.changed(ChangeKind.MEMBER, changed.record(), changed.category())));
	}

	/** A change of the core team, which everyone who sees the family sees. */
	private Family changeTeam(Caller caller, String familyId, long expectedVersion, UnaryOperator<Family> change) {
		return change(caller, familyId, expectedVersion, change,
				(before, saved) -> this.changes.changed(saved.id(), ChangeKind.TEAM));
	}

	private Family change(Caller caller, String familyId, long expectedVersion, UnaryOperator<Family> change,
			BiConsumer<Family, Family> feed) {
		Family family = find(caller, familyId);
		Versions.requireCurrent(family.version(), expectedVersion, "The family");
		Family saved = this.families.save(change.apply(family));
		feed.accept(family, saved);
		return saved;
	}

	/**
	 * The new members with the relations given by their places, as setRelation sets them.
	 */
	private static List<Member> related(List<Member> members, List<NewMemberRelationInput> relations) {
		Map<Integer, List<StoredRelation>> held = new HashMap<>();
		for (NewMemberRelationInput relation : relations) {
			if (relation.member() >= members.size() || relation.relatedMember() >= members.size()) {
				throw HfiException.badInput("input.relations: a member's place is outside input.members");
			}
			if (relation.member().equals(relation.relatedMember())) {
				throw HfiException.badInput("input.relations: a member cannot be related to themselves");
			}
			String relatedId = members.get(relation.relatedMember()).id();
			List<StoredRelation> ofMember = held.computeIfAbsent(relation.member(), (place) -> new ArrayList<>());
			ofMember.removeIf((stored) -> stored.memberId().equals(relatedId));
			ofMember.add(new StoredRelation(relation.kind(), relatedId));
		}
		List<Member> related = new ArrayList<>();
		for (int place = 0; place < members.size(); place++) {
			List<StoredRelation> relationsOf = held.get(place);
			related.add((relationsOf != null) ? members.get(place).withRelations(relationsOf) : members.get(place));
		}
		return related;
	}

	private static Member requireMember(Family family, String memberId) {
		return family.member(memberId).orElseThrow(() -> HfiException.badInput("Not a member of the family"));
	}

	/** A member holds custody when some child of the family names them. */
	private static List<Member> withCustodyHolderFlags(List<Member> members) {
		Set<String> holders = new HashSet<>();
		members.forEach((member) -> holders.addAll(member.custodyHolderIds()));
		return members.stream()
			.map((member) -> (member.role() == FamilyRole.CHILD) ? member
					: member.withCustodyHolder(holders.contains(member.id())))
			.toList();
	}

	/** Children's custody holders default to the members holding custody. */
	private static List<Member> withCustodyHolders(List<Member> members) {
		List<String> holders = members.stream().filter(Member::custodyHolder).map(Member::id).toList();
		// A child whose custody was set (even to nobody) keeps it.
		return members.stream()
			.map((member) -> (member.role() == FamilyRole.CHILD && member.custodyHolderIds().isEmpty()
					&& member.custodyHistory().isEmpty()) ? member.withCustodyHolderIds(holders) : member)
			.toList();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
