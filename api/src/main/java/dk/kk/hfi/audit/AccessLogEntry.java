package dk.kk.hfi.audit;

import java.time.Instant;
import java.util.List;

import org.bson.BsonType;
import org.bson.codecs.pojo.annotations.BsonId;
import org.bson.codecs.pojo.annotations.BsonRepresentation;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.kk.hfi.common.Administration;

/**
 * What one request disclosed (and withheld) of one family: who, when, which records about
 * which members, which categories and on which basis. Never the values. Append-only: no
 * API changes or deletes it. One event per (request, family) keeps the request's audit to
 * one bulk insert even for a page of 100 families. The family reads it as its access log;
 * the collection keeps the name it had as an audit event.
 * <p>
 * Written by the MongoDB driver's record codec (a page of 1000 families is 1000 events
 * with some 30 000 objects, where Spring Data's mapping cost more than the rest of the
 * audit); read back by Spring Data. Both map the components by name, the id to an
 * ObjectId {@code _id}, the instant to a date and the enum to its name.
 */
@Document("auditEvents")
@CompoundIndex(name = "family_at", def = "{'familyId': 1, 'at': -1}")
@CompoundIndex(name = "member_at", def = "{'memberIds': 1, 'at': -1}")
public record AccessLogEntry(@Id @BsonId @BsonRepresentation(BsonType.OBJECT_ID) String id, Instant at,
		String requestId, String callerId, String callerKind, Administration administration,
		@Nullable String operationName, String familyId, List<String> memberIds, List<AuditedObject> objects) {

	/** One record of personal data in the response. */
	public record AuditedObject(String objectType, String objectId, List<String> memberIds, List<Disclosure> disclosed,
			List<Denial> denied) {
	}

	/** A category disclosed, and its basis. */
	public record Disclosure(String category, String basis, @Nullable String consentId,
			@Nullable Integer consentVersion) {
	}

	/** A category withheld, and why. */
	public record Denial(String category, String reason) {
	}

}
