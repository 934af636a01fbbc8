package dk.kk.hfi.access;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;

/**
 * The administration owning records of a kind, for records being created
 * ({@code @allow(ownerBy: "input.kind")}), and the category of their data, for the
 * notices in place of withheld records. Each feature with owned kinds provides one for
 * its GraphQL enum, as a bean.
 */
public interface KindOwner {

	/** The GraphQL enum type of the kind argument: {@code MeasureKind}. */
	String kindType();

	/** The owner of records of the kind with this enum value name. */
	Administration ownerOf(String kind);

	/** The category of records of the kind with this enum value name. */
	DataCategory categoryOf(String kind);

}
