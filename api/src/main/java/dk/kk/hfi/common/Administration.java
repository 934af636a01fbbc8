package dk.kk.hfi.common;

/** The five administrations of Copenhagen Municipality that work together in HFI. */
public enum Administration {

	SOF(DataCategory.SOCIAL_CASE_CHILD), BIF(DataCategory.EMPLOYMENT), BUF(DataCategory.SCHOOL),
	SUF(DataCategory.HEALTH), KFF(DataCategory.LEISURE);

	private final DataCategory caseCategory;

	Administration(DataCategory caseCategory) {
		this.caseCategory = caseCategory;
	}

	/**
	 * The category of what a professional of this administration writes in words about a
	 * family (a note, a reason): the administration's own case data, so another
	 * administration reads it only by consent.
	 */
	public DataCategory caseCategory() {
		return this.caseCategory;
	}

}
