package dk.kk.hfi.access;

import java.util.Arrays;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;

/**
 * The administration owning records of a kind, for records being created
 * ({@code @allow(ownerBy: "input.kind")}), and the category of their data, for the
 * notices in place of withheld records. Each feature with owned kinds provides one for
 * its GraphQL enum, as a bean, naming its Java enum of {@link OwnedKind}s.
 */
public interface KindOwner {

	/**
	 * The feature's kinds: an enum named as the GraphQL enum of the kind argument
	 * ({@code MeasureKind}), with constants of the same names.
	 */
	Class<? extends OwnedKind> kinds();

	/** The GraphQL enum type of the kind argument: {@code MeasureKind}. */
	default String kindType() {
		return kinds().getSimpleName();
	}

	/** The owner of records of the kind with this enum value name. */
	default Administration ownerOf(String kind) {
		return kind(kind).owner();
	}

	/** The category of records of the kind with this enum value name. */
	default DataCategory categoryOf(String kind) {
		return kind(kind).category();
	}

	private OwnedKind kind(String name) {
		return Arrays.stream(kinds().getEnumConstants())
			.filter((kind) -> ((Enum<?>) kind).name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No " + kindType() + " " + name));
	}

}
