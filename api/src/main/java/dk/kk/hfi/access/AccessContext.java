package dk.kk.hfi.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.GraphQLContext;

import dk.kk.hfi.audit.AuditTrail;
import dk.kk.hfi.caller.Caller;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.consent.ConsentHistory;
import dk.kk.hfi.consent.ConsentRepository;
import dk.kk.hfi.consent.ConsentVersion;
import dk.kk.hfi.family.Family;
import dk.kk.hfi.family.FamilyRepository;
import dk.kk.hfi.family.Member;

/**
 * The access state of one request: who calls, the families met so far, their consents (loaded once, for every
 * family waiting, in one query), the decisions taken and the audit trail of what was disclosed and denied.
 */
public final class AccessContext {

	private final Caller caller;

	private final LocalDate today;

	private final FamilyRepository families;

	private final ConsentRepository consents;

	private final Map<String, Family> waiting = new LinkedHashMap<>();

	private final Map<String, FamilyAccess> loaded = new HashMap<>();

	private final AuditTrail audit;

	private final Map<String, WithheldNotice> withheld = new LinkedHashMap<>();

	/** Per record object, the decision for each category: a guarded field read after the first is a lookup. */
	private final Map<PersonalData, Map<DataCategory, AccessDecision>> decided = new IdentityHashMap<>();

	AccessContext(Caller caller, FamilyRepository families, ConsentRepository consents, String operationName,
			LocalDate today) {
		this.caller = caller;
		this.today = today;
		this.families = families;
		this.consents = consents;
		this.audit = new AuditTrail(caller, operationName);
	}

	public static AccessContext of(GraphQLContext context) {
		return context.get(AccessContext.class);
	}

	public Caller caller() {
		return this.caller;
	}

	public AuditTrail audit() {
		return this.audit;
	}

	/** The day the request's decisions are taken on, in Copenhagen. */
	public LocalDate today() {
		return this.today;
	}

	/** Whether the caller may read the category of the family's data as a whole (every member, typical owners). */
	synchronized AccessDecision decideForFamily(Family family, DataCategory category) {
		register(family);
		return familyAccess(family.id()).decide(category, CategoryOwners.of(category), List.of());
	}

	/** A family whose records the request is about to decide: its consents load with all others waiting. */
	public void include(Family family) {
		register(family);
	}

	/** Whether the caller may read the record at all (no audit: a withheld record is neither disclosed nor shown). */
	public synchronized boolean mayRead(PersonalData record, DataCategory category) {
		return familyAccess(record.familyId()).decide(category, record.owners(), record.subjectIds()).permitted();
	}

	/**
	 * Notes that records of the family may be withheld from this response: one notice per category the caller may
	 * not read (all categories a record may carry when {@code category} is null), from the consent alone.
	 */
	synchronized void noteWithheld(Family family, DataCategory category) {
		for (WithheldNotice notice : notices(family,
				(category != null) ? List.of(category) : List.of(DataCategory.values()))) {
			this.withheld.putIfAbsent(family.id() + "/" + notice.category(), notice);
		}
	}

	/** Every category of the family's records the caller may not read, and why. */
	public synchronized List<WithheldNotice> noticesFor(Family family) {
		return notices(family, List.of(DataCategory.values()));
	}

	/** Names and roles are never withheld from a team member; of the other categories, those the caller may not read. */
	private List<WithheldNotice> notices(Family family, List<DataCategory> categories) {
		List<WithheldNotice> notices = new ArrayList<>();
		for (DataCategory category : categories) {
			AccessDecision decision = (category != DataCategory.BASIC_IDENTITY) ? decideForFamily(family, category)
					: null;
			if (decision != null && !decision.permitted()) {
				notices.add(new WithheldNotice(family.id(), category, decision.reason()));
			}
		}
		return notices;
	}

	/** The notices of this response, in the order they were first met. */
	public synchronized List<WithheldNotice> withheldNotices() {
		return List.copyOf(this.withheld.values());
	}

	/** Whether the caller may read the category for every member of the family, as a disclosure would decide it. */
	public boolean permits(Family family, DataCategory category) {
		return decideForFamily(family, category).permitted();
	}

	/** A family the response is about to include: its consents are loaded with all others waiting. */
	synchronized void register(Family family) {
		if (!this.loaded.containsKey(family.id())) {
			this.waiting.put(family.id(), family);
		}
	}

	synchronized AccessDecision decide(String typeName, PersonalData record, DataCategory category) {
		Map<DataCategory, AccessDecision> decisions = this.decided.computeIfAbsent(record,
				(key) -> new EnumMap<>(DataCategory.class));
		AccessDecision decision = decisions.get(category);
		if (decision == null) {
			decision = familyAccess(record.familyId()).decide(category, record.owners(), record.subjectIds());
			decisions.put(category, decision);
			this.audit.record(typeName, record, category, decision);
		}
		return decision;
	}

	/**
	 * The current consent versions of the given families, newest first: the same ones the access decisions of this
	 * request use, so the {@code Family.consents} field costs no second query.
	 */
	public synchronized Map<String, List<ConsentVersion>> currentConsents(Collection<String> familyIds) {
		Map<String, List<ConsentVersion>> result = new HashMap<>();
		for (String familyId : familyIds) {
			result.put(familyId, familyAccess(familyId).consents());
		}
		return result;
	}

	/** Those of the given members that belong to a family this request has already read. */
	public synchronized Map<String, Member> knownMembers(Collection<String> memberIds) {
		Set<String> wanted = Set.copyOf(memberIds);
		Map<String, Member> known = new HashMap<>();
		Stream.concat(this.waiting.values().stream(),
				this.loaded.values().stream().map(FamilyAccess::family).filter(Objects::nonNull))
			.flatMap((family) -> family.members().stream())
			.filter((member) -> wanted.contains(member.id()))
			.forEach((member) -> known.put(member.id(), member));
		return known;
	}

	/** How often the request evaluated the policy (for the benchmark harness). */
	synchronized int policyEvaluations() {
		return this.loaded.values().stream().mapToInt(FamilyAccess::policyEvaluations).sum();
	}

	/** The caller's access to a family, for explaining it (myAccess). */
	synchronized FamilyAccess familyAccess(String familyId) {
		FamilyAccess access = this.loaded.get(familyId);
		if (access == null) {
			loadWaiting(familyId);
			access = this.loaded.get(familyId);
		}
		return access;
	}

	private void loadWaiting(String familyId) {
		if (!this.waiting.containsKey(familyId)) {
			this.families.findById(familyId).ifPresent((family) -> this.waiting.put(family.id(), family));
		}
		Set<String> ids = Set.copyOf(this.waiting.keySet());
		Map<String, List<ConsentVersion>> byFamily = ConsentHistory.current(this.consents.findByFamilyIdIn(ids))
			.stream()
			.collect(Collectors.groupingBy(ConsentVersion::familyId));
		for (Family family : this.waiting.values()) {
			this.loaded.put(family.id(), new FamilyAccess(this.caller, family,
					byFamily.getOrDefault(family.id(), new ArrayList<>()), this.today));
		}
		this.waiting.clear();
		// A family that no longer exists is denied everything.
		this.loaded.putIfAbsent(familyId, new FamilyAccess(this.caller, null, List.of(), this.today));
	}

}
