package dk.kk.hfi.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import graphql.GraphQLContext;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.PersonalData;
import dk.kk.hfi.domain.RequestSnapshot;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;

/**
 * The access decisions of one request: who calls, on which day, what was decided per
 * family and record (each decision taken once, on the request's {@link RequestSnapshot})
 * and which records were withheld. Every decision taken on a record goes on the request's
 * {@link AuditTrail}.
 */
public final class AccessContext {

	private final Caller caller;

	private final LocalDate today;

	private final RequestSnapshot records;

	private final Map<String, FamilyAccess> families = new HashMap<>();

	private final AuditTrail audit;

	private final Map<String, WithheldNotice> withheld = new LinkedHashMap<>();

	/**
	 * Per record object, the decision for each category: a guarded field read after the
	 * first is a lookup.
	 */
	private final Map<PersonalData, Map<DataCategory, AccessDecision>> decided = new IdentityHashMap<>();

	AccessContext(Caller caller, RequestSnapshot records, AuditTrail audit, LocalDate today) {
		this.caller = caller;
		this.today = today;
		this.records = records;
		this.audit = audit;
	}

	public static AccessContext of(GraphQLContext context) {
		return context.get(AccessContext.class);
	}

	public Caller caller() {
		return this.caller;
	}

	/** The day the request's decisions are taken on, in Copenhagen. */
	public LocalDate today() {
		return this.today;
	}

	/**
	 * Whether the caller may read the category of the family's data as a whole (every
	 * member, typical owners).
	 */
	synchronized AccessDecision decideForFamily(Family family, DataCategory category) {
		return decideForRecord(family, category, CategoryOwners.of(category), List.of());
	}

	/**
	 * Whether the caller may read the category in a record of the family with these
	 * owners and subjects (none: the family as a whole): one about to be created.
	 */
	synchronized AccessDecision decideForRecord(Family family, DataCategory category, Set<Administration> owners,
			List<String> subjectIds) {
		register(family);
		return familyAccess(family.id()).decide(category, owners, subjectIds);
	}

	/**
	 * Whether the caller may read the record at all (no audit: a withheld record is
	 * neither disclosed nor shown).
	 */
	public synchronized boolean mayRead(PersonalData record, DataCategory category) {
		return familyAccess(record.familyId()).decide(category, record.owners(), record.subjectIds()).permitted();
	}

	/**
	 * Whether the caller may read the category in a record of the access log about these
	 * members (none: the family as a whole), owned as the category typically is.
	 */
	synchronized boolean mayReadLogged(String familyId, DataCategory category, List<String> memberIds) {
		return familyAccess(familyId).decide(category, CategoryOwners.of(category), memberIds).permitted();
	}

	/**
	 * Notes that records of the family may be withheld from this response: one notice per
	 * category the records may carry and the caller may not read, from the consent alone.
	 */
	synchronized void noteWithheld(Family family, List<DataCategory> categories) {
		for (WithheldNotice notice : notices(family, categories)) {
			this.withheld.putIfAbsent(family.id() + "/" + notice.category(), notice);
		}
	}

	/** Every category of the family's records the caller may not read, and why. */
	public synchronized List<WithheldNotice> noticesFor(Family family) {
		return notices(family, List.of(DataCategory.values()));
	}

	/**
	 * Names and roles are never withheld from a team member; of the other categories,
	 * those the caller may not read.
	 */
	private List<WithheldNotice> notices(Family family, List<DataCategory> categories) {
		List<WithheldNotice> notices = new ArrayList<>();
		for (DataCategory category : categories) {
			AccessDecision decision = (category != DataCategory.BASIC_IDENTITY) ? decideForFamily(family, category)
					: null;
			if (decision != null && !decision.permitted()) {
				// Denied, so it has its reason.
				notices.add(new WithheldNotice(family.id(), category, Objects.requireNonNull(decision.reason())));
			}
		}
		return notices;
	}

	/** The notices of this response, in the order they were first met. */
	public synchronized List<WithheldNotice> withheldNotices() {
		return List.copyOf(this.withheld.values());
	}

	/**
	 * Whether the caller may read the category for every member of the family, as a
	 * disclosure would decide it.
	 */
	public boolean permits(Family family, DataCategory category) {
		return decideForFamily(family, category).permitted();
	}

	/**
	 * {@link #permits} as a predicate, for a service whose refusals or answers must tell
	 * a caller no more than the category they may read.
	 */
	public Predicate<Family> permitting(DataCategory category) {
		return (family) -> permits(family, category);
	}

	/**
	 * A family the response is about to include: its consents are loaded with all others
	 * waiting.
	 */
	void register(Family family) {
		this.records.include(family);
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

	/** How often the request evaluated the policy (for the benchmark harness). */
	synchronized int policyEvaluations() {
		return this.families.values().stream().mapToInt(FamilyAccess::policyEvaluations).sum();
	}

	/** The caller's access to a family, for explaining it (myAccess). */
	synchronized FamilyAccess familyAccess(String familyId) {
		return this.families.computeIfAbsent(familyId,
				(id) -> new FamilyAccess(this.caller, this.records.family(id), this.records.consents(id), this.today));
	}

}
