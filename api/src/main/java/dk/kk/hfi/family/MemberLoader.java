package dk.kk.hfi.family;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import graphql.GraphQLContext;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import dk.kk.hfi.domain.RequestSnapshot;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.Member;

/**
 * Resolves members referenced by id anywhere in the graph (the {@code @reference} fields:
 * consent grantors, plan voices, measures), one round trip per batch however many are
 * asked for.
 */
@Component
public class MemberLoader {

	private final MongoTemplate mongo;

	MemberLoader(MongoTemplate mongo, BatchLoaderRegistry registry) {
		this.mongo = mongo;
		registry.forTypePair(String.class, Member.class)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> byIds(ids, RequestSnapshot.of(
					// Spring for GraphQL passes the request's GraphQLContext as every
					// batch loading context.
					Objects.requireNonNull((GraphQLContext) environment.getContext())))));
	}

	/**
	 * Members of families the request has already read come from those (the same
	 * snapshot, no round trip); only the others are looked up.
	 */
	Map<String, Member> byIds(Collection<String> ids, RequestSnapshot records) {
		Map<String, Member> byId = (records != null) ? records.knownMembers(ids) : new HashMap<>();
		Set<String> wanted = new HashSet<>(ids);
		wanted.removeAll(byId.keySet());
		if (wanted.isEmpty()) {
			return byId;
		}
		this.mongo.find(Query.query(Criteria.where("members.id").in(wanted)), Family.class)
			.forEach((family) -> family.members()
				.stream()
				.filter((member) -> wanted.contains(member.id()))
				.forEach((member) -> byId.put(member.id(), member)));
		return byId;
	}

}
