package dk.kk.hfi.audit;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a request's report reads as one {@link ReportAuditEvent}: for callers outside
 * GraphQL (CSV downloads).
 */
@Component
public class ReportAuditLog {

	private final MongoTemplate mongo;

	ReportAuditLog(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Writes a request's report event, if it read any report (null if not); throws if the
	 * write fails.
	 */
	public void write(@Nullable ReportAuditEvent event) {
		if (event != null) {
			this.mongo.insert(event);
		}
	}

}
