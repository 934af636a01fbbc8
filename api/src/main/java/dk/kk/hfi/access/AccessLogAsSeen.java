package dk.kk.hfi.access;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.jspecify.annotations.Nullable;

import dk.kk.hfi.audit.AccessLogEntry;
import dk.kk.hfi.audit.AccessLogEntry.AuditedObject;
import dk.kk.hfi.common.DataCategory;

/**
 * The access log as its reader may see it. A record of a {@code @withheld} type that the
 * reader may not read is left out of every entry, as it is left out of every list: its
 * access would tell that it exists. (Values embedded in a record, such as a plan's
 * actions, are on record as that record's.) So are the members only it was about, and an
 * entry that touched nothing else.
 */
record AccessLogAsSeen(AccessContext access,
		GraphQLSchema schema) implements Function<AccessLogEntry, @Nullable AccessLogEntry> {

	@Override
	public @Nullable AccessLogEntry apply(AccessLogEntry entry) {
		List<AuditedObject> seen = entry.objects().stream().filter((object) -> mayRead(entry, object)).toList();
		if (seen.size() == entry.objects().size()) {
			return entry;
		}
		if (seen.isEmpty()) {
			return null;
		}
		Set<String> aboutSeen = new HashSet<>();
		seen.forEach((object) -> aboutSeen.addAll(object.memberIds()));
		Set<String> onlyAboutHidden = new HashSet<>();
		entry.objects()
			.stream()
			.filter((object) -> !seen.contains(object))
			.forEach((object) -> onlyAboutHidden.addAll(object.memberIds()));
		onlyAboutHidden.removeAll(aboutSeen);
		return new AccessLogEntry(entry.id(), entry.at(), entry.requestId(), entry.callerId(), entry.callerKind(),
				entry.administration(), entry.operationName(), entry.familyId(),
				entry.memberIds().stream().filter((memberId) -> !onlyAboutHidden.contains(memberId)).toList(), seen);
	}

	private boolean mayRead(AccessLogEntry entry, AuditedObject object) {
		if (!(this.schema.getType(object.objectType()) instanceof GraphQLObjectType type)
				|| !type.hasAppliedDirective(AccessSchemaVisitor.WITHHELD)) {
			return true;
		}
		// A type withheld whole without a category (a plan without PLAN) needs it too,
		// whatever categories of it were read (the meeting ids of its actions).
		Stream<String> unless = Stream
			.ofNullable(AccessSchemaVisitor.declaredCategory(type.getAppliedDirective(AccessSchemaVisitor.WITHHELD)))
			.map(DataCategory::name);
		return Stream
			.concat(unless,
					Stream.concat(object.disclosed().stream().map(AccessLogEntry.Disclosure::category),
							object.denied().stream().map(AccessLogEntry.Denial::category)))
			.allMatch((category) -> this.access.mayReadLogged(entry.familyId(), DataCategory.valueOf(category),
					object.memberIds()));
	}

}
