package dk.kk.hfi.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.audit.AccessLog;
import dk.kk.hfi.audit.AccessLogEntry;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.Paging;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;

/**
 * Explaining access (myAccess), the access log of a family and the data-subject access
 * report, each read recorded as oversight.
 */
@Controller
class AccessController {

	private final AccessLog accessLog;

	private final DataSubjectAccessReports reports;

	private final Clock clock;

	AccessController(AccessLog accessLog, DataSubjectAccessReports reports, Clock clock) {
		this.accessLog = accessLog;
		this.reports = reports;
		this.clock = clock;
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
		List<AccessLogEntry> entries = this.accessLog.latest(family.id(),
				(first != null) ? first : Paging.LATEST_ACCESS_LOG.defaultSize(), asSeen(env));
		AuditTrail.of(env.getGraphQlContext()).recordOversight("AccessLog", family.id(), family.id(), List.of());
		return entries;
	}

	@SchemaMapping(typeName = "Family")
	Window<AccessLogEntry> accessEntries(Family family, @Argument String memberId,
			@Argument Administration administration, @Argument LocalDate from, @Argument LocalDate to,
			ScrollSubrange subrange, DataFetchingEnvironment env) {
		AuditTrail.of(env.getGraphQlContext())
			.recordOversight("AccessLog", family.id(), family.id(), (memberId != null) ? List.of(memberId) : List.of());
		return this.accessLog.page(family.id(), new AccessLog.Filter(memberId, administration, from, to), subrange,
				this.clock.getZone(), asSeen(env));
	}

	private static AccessLogAsSeen asSeen(DataFetchingEnvironment env) {
		return new AccessLogAsSeen(AccessContext.of(env.getGraphQlContext()), env.getGraphQLSchema());
	}

	@QueryMapping
	DataSubjectAccessReports.Report dataSubjectAccessReport(@Argument String memberId,
			@AuthenticationPrincipal Caller caller, DataFetchingEnvironment env) {
		return this.reports.reportOn(memberId, caller, AccessContext.of(env.getGraphQlContext()),
				AuditTrail.of(env.getGraphQlContext()), asSeen(env));
	}

}
