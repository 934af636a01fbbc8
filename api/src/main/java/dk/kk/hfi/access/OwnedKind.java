package dk.kk.hfi.access;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;

/**
 * A kind of record (an enum constant) whose records one administration owns and whose
 * data is of one category.
 */
public interface OwnedKind {

	Administration owner();

	DataCategory category();

}
