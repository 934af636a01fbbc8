package dk.kk.hfi.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.audit.AccessLog;
import dk.kk.hfi.audit.AccessLogEntry;
import dk.kk.hfi.audit.AuditRepository;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;

/**
 * Explaining access (myAccess), the access log of a family and the data-subject access
 * report.
 */
@Controller
class AccessController {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "at");

	private final AuditRepository audit;

	private final Clock clock;

	private final MongoTemplate mongo;

	private final AccessLog accessLog;

	AccessController(AuditRepository audit, MongoTemplate mongo, Clock clock, AccessLog accessLog) {
		this.accessLog = accessLog;
		this.clock = clock;
		this.audit = audit;
		this.mongo = mongo;
	}

	@SchemaMapping(typeName = "Family")
	List<WithheldNotice> withheld(Family family, DataFetchingEnvironment env) {
		return AccessContext.of(env.getGraphQlContext()).noticesFor(family);
	}

	@SchemaMapping(typeName = "Family")
	List<AccessExplanation.MemberAccess> myAccess(Family family, DataFetchingEnvironment env) {
		return AccessExplanation.explain(AccessContext.of(env.getGraphQlContext()), family);
	}

	@SchemaMapping(typeName = "Family")
	List<AccessLogEntry> accessLog(Family family, @Argument Integer first, DataFetchingEnvironment env) {
		int limit = (first != null) ? first : 100;
		if (limit < 1 || limit > 500) {
			throw HfiException.badInput("first must be between 1 and 500");
		}
		AuditTrail.of(env.getGraphQlContext()).recordOversight("AccessLog", family.id(), family.id(), List.of());
		return this.audit.findByFamilyId(family.id(), NEWEST_FIRST, Limit.of(limit));
	}

	@SchemaMapping(typeName = "Family")
	Window<AccessLogEntry> accessEntries(Family family, @Argument String memberId,
			@Argument Administration administration, @Argument LocalDate from, @Argument LocalDate to,
			ScrollSubrange subrange, DataFetchingEnvironment env) {
		AuditTrail.of(env.getGraphQlContext())
			.recordOversight("AccessLog", family.id(), family.id(), (memberId != null) ? List.of(memberId) : List.of());
		return this.accessLog.page(family.id(), new AccessLog.Filter(memberId, administration, from, to), subrange,
				this.clock.getZone());
	}

	@QueryMapping
	DataSubjectAccessReport dataSubjectAccessReport(@Argument String memberId, @AuthenticationPrincipal Caller caller,
			DataFetchingEnvironment env) {
		// The member's family, within the caller's scope.
		Query query = Query.query(Criteria.where("members.id")
			.is(memberId)
			.andOperator(FamilyScope.visibleTo(caller, AccessContext.of(env.getGraphQlContext()).today())));
		Family family = this.mongo.findOne(query, Family.class);
		if (family == null) {
			throw HfiException.notFound("Member");
		}
		AuditTrail.of(env.getGraphQlContext())
			.recordOversight("DataSubjectAccessReport", family.id(), memberId, List.of(memberId));
		List<DataSubjectAccess> accesses = this.audit.findByMemberIds(memberId, NEWEST_FIRST)
			.stream()
			.map((event) -> new DataSubjectAccess(LocalDate.ofInstant(event.at(), this.clock.getZone()),
					event.administration(), "HFI", disclosedAbout(event, memberId)))
			.filter((access) -> !access.categories().isEmpty())
			.toList();
		return new DataSubjectAccessReport(memberId, accesses);
	}

	private static List<DataCategory> disclosedAbout(AccessLogEntry event, String memberId) {
		return event.objects()
			.stream()
			.filter((object) -> object.memberIds().contains(memberId) || object.memberIds().isEmpty())
			.flatMap((object) -> object.disclosed().stream())
			.filter((disclosure) -> disclosure.category() != null)
			.map((disclosure) -> DataCategory.valueOf(disclosure.category()))
			.distinct()
			.sorted()
			.toList();
	}

	record DataSubjectAccessReport(String memberId, List<DataSubjectAccess> accesses) {
	}

	record DataSubjectAccess(LocalDate on, Administration administration, String purpose,
			List<DataCategory> categories) {
	}

}
