package dk.kk.hfi.register;

import dk.kk.hfi.access.OwnedKind;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;

/**
 * What a register observation records: each kind's owning administration (its register)
 * and data category.
 */
public enum RegisterKind implements OwnedKind {

	INCOME_SUPPORT(Administration.BIF, DataCategory.EMPLOYMENT),
	INTERNSHIP(Administration.BIF, DataCategory.EMPLOYMENT), SCHOOL_ABSENCE(Administration.BUF, DataCategory.SCHOOL),
	LEISURE_PARTICIPATION(Administration.KFF, DataCategory.LEISURE);

	private final Administration owner;

	private final DataCategory category;

	RegisterKind(Administration owner, DataCategory category) {
		this.owner = owner;
		this.category = category;
	}

	@Override
	public Administration owner() {
		return this.owner;
	}

	@Override
	public DataCategory category() {
		return this.category;
	}

}
