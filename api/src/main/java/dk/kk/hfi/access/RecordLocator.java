package dk.kk.hfi.access;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dk.kk.hfi.common.Administration;

/**
 * Finds the family of a record named by an operation's argument
 * ({@code @allow(record: "input.measureId")}), for the operation policy. Each feature
 * provides one for its records, as a bean.
 */
public interface RecordLocator {

	/**
	 * The argument name it resolves, the last part of the declared path:
	 * {@code measureId}.
	 */
	String argument();

	/** What the record is called in a NOT_FOUND message: {@code Measure}. */
	String recordName();

	/**
	 * The family and owning administrations of the record, without any scope; empty when
	 * none exists.
	 */
	Optional<Located> locate(String id);

	/** Where a record belongs. */
	record Located(String familyId, Set<Administration> owners) {
	}

	/**
	 * A locator given by its argument, its record's name and a lookup: a feature's
	 * locator extends it.
	 */
	abstract class ByLookup implements RecordLocator {

		private final String argument;

		private final String recordName;

		private final Function<String, Optional<Located>> lookup;

		protected ByLookup(String argument, String recordName, Function<String, Optional<Located>> lookup) {
			this.argument = argument;
			this.recordName = recordName;
			this.lookup = lookup;
		}

		@Override
		public String argument() {
			return this.argument;
		}

		@Override
		public String recordName() {
			return this.recordName;
		}

		@Override
		public Optional<Located> locate(String id) {
			return this.lookup.apply(id);
		}

	}

}
