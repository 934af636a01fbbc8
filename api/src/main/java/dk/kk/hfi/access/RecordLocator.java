package dk.kk.hfi.access;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.PersonalData;

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

	/**
	 * Where a record belongs. A record of a {@code @withheld} type comes with itself: to
	 * a caller who may not read its category it does not exist, so an operation naming it
	 * answers as for an id that does not exist.
	 */
	record Located(String familyId, Set<Administration> owners, @Nullable PersonalData withheldUnlessReadable) {

		public Located(String familyId, Set<Administration> owners) {
			this(familyId, owners, null);
		}

		/** A record withheld whole from a caller who may not read its category. */
		public static Located withheldUnlessReadable(PersonalData record) {
			return new Located(record.familyId(), record.owners(), record);
		}

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
