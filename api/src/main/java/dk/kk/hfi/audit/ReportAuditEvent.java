package dk.kk.hfi.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.kk.hfi.common.Administration;

/**
 * Which evaluation reports one request read: who, when, through which channel (GraphQL or
 * the CSV download), and each report's name, period and district. Never the figures.
 * Append-only, like {@link AccessLogEntry}, in a sibling collection: a report is about no
 * single family.
 */
@Document("reportAuditEvents")
@CompoundIndex(name = "caller_at", def = "{'callerId': 1, 'at': -1}")
public record ReportAuditEvent(@Id @Nullable String id, Instant at, String requestId, String callerId,
		String callerKind, Administration administration, String channel, @Nullable String operationName,
		List<ReportRead> reports) {

	/** One report read: its name and the population asked for. */
	public record ReportRead(String report, LocalDate from, @Nullable LocalDate to, @Nullable String district) {
	}

}
