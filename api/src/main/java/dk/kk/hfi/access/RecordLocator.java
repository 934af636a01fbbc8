package dk.kk.hfi.access;

import java.util.Optional;
import java.util.Set;

import dk.kk.hfi.common.Administration;

/**
 * Finds the family of a record named by an operation's argument ({@code @allow(record: "input.measureId")}), for
 * the operation policy. Each feature provides one for its records, as a bean.
 */
public interface RecordLocator {

	/** The argument name it resolves, the last part of the declared path: {@code measureId}. */
	String argument();

	/** What the record is called in a NOT_FOUND message: {@code Measure}. */
	String recordName();

	/** The family and owning administrations of the record, without any scope; empty when none exists. */
	Optional<Located> locate(String id);

	/** Where a record belongs. */
	record Located(String familyId, Set<Administration> owners) {
	}

}
