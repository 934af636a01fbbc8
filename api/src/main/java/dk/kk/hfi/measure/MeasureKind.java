package dk.kk.hfi.measure;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;

/** The catalogue of measures: each kind's owning administration, typical legal basis and data category. */
public enum MeasureKind {

	FAMILY_TREATMENT(Administration.SOF, "Barnets lov § 32, stk. 1, nr. 2", DataCategory.SOCIAL_CASE_CHILD),
	CONTACT_PERSON(Administration.SOF, "Barnets lov § 32, stk. 1, nr. 4", DataCategory.SOCIAL_CASE_CHILD),
	PLACEMENT(Administration.SOF, "Barnets lov § 43", DataCategory.SOCIAL_CASE_CHILD),
	ALCOHOL_TREATMENT(Administration.SUF, "Sundhedsloven § 141", DataCategory.HEALTH),
	MENTOR(Administration.BIF, "Lov om en aktiv beskæftigelsesindsats § 78", DataCategory.EMPLOYMENT),
	INTERNSHIP(Administration.BIF, "Lov om en aktiv beskæftigelsesindsats § 57", DataCategory.EMPLOYMENT),
	RESOURCE_COURSE(Administration.BIF, "Lov om aktiv socialpolitik § 68 a", DataCategory.EMPLOYMENT),
	EDUCATION(Administration.BIF, "Lov om en aktiv beskæftigelsesindsats § 42", DataCategory.EMPLOYMENT),
	HEALTH_CONVERSATION(Administration.SUF, "Sundhedsloven § 119", DataCategory.HEALTH),
	PHYSIOTHERAPY(Administration.SUF, "Sundhedsloven § 140", DataCategory.HEALTH),
	LEISURE_BRIDGING(Administration.KFF, "Folkeoplysningsloven", DataCategory.LEISURE),
	OTHER(Administration.SOF, "Serviceloven", DataCategory.SOCIAL_CASE_ADULT);

	private final Administration owner;

	private final String typicalLegalBasis;

	private final DataCategory category;

	MeasureKind(Administration owner, String typicalLegalBasis, DataCategory category) {
		this.owner = owner;
		this.typicalLegalBasis = typicalLegalBasis;
		this.category = category;
	}

	public Administration owner() {
		return this.owner;
	}

	public String typicalLegalBasis() {
		return this.typicalLegalBasis;
	}

	public DataCategory category() {
		return this.category;
	}

}
