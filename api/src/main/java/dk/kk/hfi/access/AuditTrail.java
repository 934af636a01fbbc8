package dk.kk.hfi.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import graphql.GraphQLContext;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;

import dk.kk.hfi.audit.AccessLogEntry;
import dk.kk.hfi.audit.ReportAuditEvent;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.PersonalData;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.caller.ProfessionalCaller;

/**
 * What one request disclosed and withheld, object by object, until it is written as audit
 * events.
 */
public final class AuditTrail {

	private final Caller caller;

	private @Nullable String operationName;

	private final String requestId = UUID.randomUUID().toString();

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	private final List<ReportAuditEvent.ReportRead> reports = new ArrayList<>();

	public AuditTrail(Caller caller, @Nullable String operationName) {
		this.caller = caller;
		this.operationName = operationName;
	}

	/** The request's trail, or null outside a caller's request. */
	public static AuditTrail of(GraphQLContext context) {
		return context.get(AuditTrail.class);
	}

	/** The operation's name as parsed, when the request did not name it. */
	public synchronized void nameOperation(String name) {
		if (this.operationName == null) {
			this.operationName = name;
		}
	}

	public synchronized void record(String objectType, PersonalData record, DataCategory category,
			AccessDecision decision) {
		Entry entry = this.entries.computeIfAbsent(objectType + "/" + record.id(),
				(key) -> new Entry(objectType, record));
		if (decision.permitted()) {
			entry.disclosed.putIfAbsent(category, new AccessLogEntry.Disclosure(category.name(),
					Objects.requireNonNull(decision.basis()).name(), decision.consentId(), decision.consentVersion()));
		}
		else {
			entry.denied.putIfAbsent(category,
					new AccessLogEntry.Denial(category.name(), Objects.requireNonNull(decision.reason()).name()));
		}
	}

	/**
	 * A read of oversight data about a family (its access log, a member's data-subject
	 * report): reading who saw what is itself on record, and shows in the family's access
	 * log.
	 */
	public synchronized void recordOversight(String objectType, String familyId, String objectId,
			List<String> memberIds) {
		PersonalData read = new PersonalData() {
			@Override
			public String id() {
				return objectId;
			}

			@Override
			public String familyId() {
				return familyId;
			}

			@Override
			public Set<Administration> owners() {
				return Set.of();
			}

			@Override
			public Collection<String> subjectIds() {
				return memberIds;
			}
		};
		this.entries.computeIfAbsent(objectType + "/" + objectId, (key) -> new Entry(objectType, read));
	}

	/** A report read by the request: its name and population, never its figures. */
	public synchronized void recordReport(String report, LocalDate from, @Nullable LocalDate to,
			@Nullable String district) {
		this.reports.add(new ReportAuditEvent.ReportRead(report, from, to, district));
	}

	/** The request's report reads as one event, or null if it read none. */
	public synchronized @Nullable ReportAuditEvent reportEvent(String channel) {
		if (this.reports.isEmpty()) {
			return null;
		}
		return new ReportAuditEvent(null, Instant.now(), this.requestId, this.caller.id(), kind(),
				this.caller.administration(), channel, this.operationName, List.copyOf(this.reports));
	}

	private String kind() {
		return (this.caller instanceof ProfessionalCaller) ? "PROFESSIONAL" : "CLIENT";
	}

	/** One event per family, each listing the family's records the request touched. */
	public synchronized List<AccessLogEntry> events() {
		Instant now = Instant.now();
		String kind = kind();
		Map<String, List<Entry>> byFamily = new LinkedHashMap<>();
		this.entries.values()
			.forEach(
					(entry) -> byFamily.computeIfAbsent(entry.record.familyId(), (id) -> new ArrayList<>()).add(entry));
		List<AccessLogEntry> events = new ArrayList<>();
		byFamily.forEach((familyId, familyEntries) -> {
			Set<String> memberIds = new TreeSet<>();
			List<AccessLogEntry.AuditedObject> objects = new ArrayList<>();
			for (Entry entry : familyEntries) {
				memberIds.addAll(entry.record.subjectIds());
				objects.add(new AccessLogEntry.AuditedObject(entry.objectType, entry.record.id(),
						List.copyOf(entry.record.subjectIds()), List.copyOf(entry.disclosed.values()),
						List.copyOf(entry.denied.values())));
			}
			events.add(new AccessLogEntry(new ObjectId().toHexString(), now, this.requestId, this.caller.id(), kind,
					this.caller.administration(), this.operationName, familyId, List.copyOf(memberIds), objects));
		});
		return events;
	}

	private static final class Entry {

		private final String objectType;

		private final PersonalData record;

		private final Map<DataCategory, AccessLogEntry.Disclosure> disclosed = new LinkedHashMap<>();

		private final Map<DataCategory, AccessLogEntry.Denial> denied = new LinkedHashMap<>();

		Entry(String objectType, PersonalData record) {
			this.objectType = objectType;
			this.record = record;
		}

	}

}
