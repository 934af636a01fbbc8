package dk.kk.hfi.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import dk.kk.hfi.audit.AccessLog;
import dk.kk.hfi.audit.AccessLogEntry;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;

/**
 * A member's data-subject access report (GDPR art. 15): on which days which
 * administration was shown which categories of data about them, as far as its preparer
 * may see the access log (a record withheld from the preparer is left out of it, as of
 * the log). Asking is itself recorded, as oversight of the member.
 */
@Service
class DataSubjectAccessReports {

	private final MongoTemplate mongo;

	private final AccessLog accessLog;

	private final Clock clock;

	DataSubjectAccessReports(MongoTemplate mongo, AccessLog accessLog, Clock clock) {
		this.mongo = mongo;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	Report reportOn(String memberId, Caller caller, AccessContext access, AuditTrail trail,
			Function<AccessLogEntry, @Nullable AccessLogEntry> asSeen) {
		// The member's family, within the caller's scope.
		Query query = Query.query(
				Criteria.where("members.id").is(memberId).andOperator(FamilyScope.visibleTo(caller, access.today())));
		Family family = this.mongo.findOne(query, Family.class);
		if (family == null) {
			throw HfiException.notFound("Member");
		}
		trail.recordOversight("DataSubjectAccessReport", family.id(), memberId, List.of(memberId));
		List<Disclosure> disclosures = this.accessLog.naming(memberId)
			.stream()
			.map(asSeen)
			// An entry that named the member only for what the preparer may not read is
			// left out, or the member's report would tell that there is something.
			.filter((entry) -> entry != null && entry.memberIds().contains(memberId))
			.map((entry) -> new Disclosure(LocalDate.ofInstant(entry.at(), this.clock.getZone()),
					entry.administration(), "HFI", disclosedAbout(entry, memberId)))
			.filter((disclosure) -> !disclosure.categories().isEmpty())
			.toList();
		return new Report(memberId, disclosures);
	}

	private static List<DataCategory> disclosedAbout(AccessLogEntry entry, String memberId) {
		return entry.objects()
			.stream()
			.filter((object) -> object.memberIds().contains(memberId) || object.memberIds().isEmpty())
			.flatMap((object) -> object.disclosed().stream())
			.filter((disclosure) -> disclosure.category() != null)
			.map((disclosure) -> DataCategory.valueOf(disclosure.category()))
			.distinct()
			.sorted()
			.toList();
	}

	/** The schema's {@code DataSubjectAccessReport}. */
	record Report(String memberId, List<Disclosure> accesses) {
	}

	/**
	 * The schema's {@code DataSubjectAccess}: one administration's reading on one day.
	 */
	record Disclosure(LocalDate on, Administration administration, String purpose, List<DataCategory> categories) {
	}

}
