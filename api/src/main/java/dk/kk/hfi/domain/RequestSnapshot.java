package dk.kk.hfi.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;

import dk.kk.hfi.domain.consent.ConsentHistory;
import dk.kk.hfi.domain.consent.ConsentRepository;
import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.FamilyRepository;
import dk.kk.hfi.domain.family.Member;

/**
 * The families one request has met and their current consents, as they were when the
 * request first needed them: the consents of every family waiting load in one query, and
 * the access decisions and the features of the same request read the same versions.
 */
public final class RequestSnapshot {

	private final FamilyRepository families;

	private final ConsentRepository consents;

	private final Map<String, Family> waiting = new LinkedHashMap<>();

	private final Map<String, Loaded> loaded = new HashMap<>();

	public RequestSnapshot(FamilyRepository families, ConsentRepository consents) {
		this.families = families;
		this.consents = consents;
	}

	public static RequestSnapshot of(GraphQLContext context) {
		return context.get(RequestSnapshot.class);
	}

	/**
	 * A family the response is about to include: its consents are loaded with all others
	 * waiting.
	 */
	public synchronized void include(Family family) {
		if (!this.loaded.containsKey(family.id())) {
			this.waiting.put(family.id(), family);
		}
	}

	/** The family as the request first met it; null if it does not exist. */
	public synchronized @Nullable Family family(String familyId) {
		return load(familyId).family();
	}

	/** The family's current consent versions, newest first. */
	public synchronized List<ConsentVersion> consents(String familyId) {
		return load(familyId).consents();
	}

	/** The current consent versions of the given families, newest first. */
	public synchronized Map<String, List<ConsentVersion>> currentConsents(Collection<String> familyIds) {
		Map<String, List<ConsentVersion>> result = new HashMap<>();
		for (String familyId : familyIds) {
			result.put(familyId, load(familyId).consents());
		}
		return result;
	}

	/**
	 * Those of the given members that belong to a family this request has already read.
	 */
	public synchronized Map<String, Member> knownMembers(Collection<String> memberIds) {
		Set<String> wanted = Set.copyOf(memberIds);
		Map<String, Member> known = new HashMap<>();
		Stream
			.concat(this.waiting.values().stream(),
					this.loaded.values().stream().map(Loaded::family).filter(Objects::nonNull))
			.flatMap((family) -> family.members().stream())
			.filter((member) -> wanted.contains(member.id()))
			.forEach((member) -> known.put(member.id(), member));
		return known;
	}

	private Loaded load(String familyId) {
		Loaded found = this.loaded.get(familyId);
		if (found == null) {
			loadWaiting(familyId);
			// loadWaiting leaves an entry for every family asked for, found or not.
			found = Objects.requireNonNull(this.loaded.get(familyId));
		}
		return found;
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
			this.loaded.put(family.id(), new Loaded(family, byFamily.getOrDefault(family.id(), new ArrayList<>())));
		}
		this.waiting.clear();
		// A family that no longer exists has no records and no consents.
		this.loaded.putIfAbsent(familyId, new Loaded(null, List.of()));
	}

	private record Loaded(@Nullable Family family, List<ConsentVersion> consents) {
	}

}
