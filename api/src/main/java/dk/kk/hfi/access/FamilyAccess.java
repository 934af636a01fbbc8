package dk.kk.hfi.access;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.family.Family;

/**
 * One caller's access to one family during one request: the family and its consents as
 * they were when the request first needed them, and every decision taken so far, so each
 * is taken once.
 */
final class FamilyAccess {

	private final Caller caller;

	private final @Nullable Family family;

	private final List<ConsentVersion> consents;

	private final LocalDate today;

	private final Map<Key, AccessDecision> decisions = new HashMap<>();

	FamilyAccess(Caller caller, @Nullable Family family, List<ConsentVersion> consents, LocalDate today) {
		this.caller = caller;
		this.family = family;
		this.consents = consents;
		this.today = today;
	}

	AccessDecision decide(DataCategory category, Set<Administration> owners, Collection<String> subjectIds) {
		return this.decisions.computeIfAbsent(new Key(category, owners, Set.copyOf(subjectIds)), (key) -> AccessPolicy
			.decide(this.caller, this.family, this.consents, category, owners, subjectIds, this.today));
	}

	/**
	 * How often the policy was evaluated: once per decision taken (for the benchmark
	 * harness).
	 */
	int policyEvaluations() {
		return this.decisions.size();
	}

	@Nullable Family family() {
		return this.family;
	}

	List<ConsentVersion> consents() {
		return this.consents;
	}

	private record Key(DataCategory category, Set<Administration> owners, Set<String> subjectIds) {
	}

}
