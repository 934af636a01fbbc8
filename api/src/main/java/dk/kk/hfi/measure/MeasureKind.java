package dk.kk.hfi.measure;

import java.util.Set;

import dk.kk.hfi.access.OwnedKind;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;

/**
 * The catalogue of measures: each kind's owning administration, typical legal basis and
 * data category.
 */
public enum MeasureKind implements OwnedKind {

	FAMILY_TREATMENT("Familiebehandling", Administration.SOF, "Barnets lov § 32, stk. 1, nr. 2",
			DataCategory.SOCIAL_CASE_CHILD),
	CONTACT_PERSON("Kontaktperson", Administration.SOF, "Barnets lov § 32, stk. 1, nr. 4",
			DataCategory.SOCIAL_CASE_CHILD),
	PLACEMENT("Anbringelse", Administration.SOF, "Barnets lov § 43", DataCategory.SOCIAL_CASE_CHILD),
	ALCOHOL_TREATMENT("Alkoholbehandling", Administration.SUF, "Sundhedsloven § 141", DataCategory.HEALTH),
	MENTOR("Personlig guide eller mentor", Administration.BIF, "Lov om en aktiv beskæftigelsesindsats § 78",
			DataCategory.EMPLOYMENT),
	INTERNSHIP("Praktik", Administration.BIF, "Lov om en aktiv beskæftigelsesindsats § 57", DataCategory.EMPLOYMENT),
	RESOURCE_COURSE("Ressourceforløb", Administration.BIF, "Lov om aktiv socialpolitik § 68 a",
			DataCategory.EMPLOYMENT),
	EDUCATION("Uddannelse", Administration.BIF, "Lov om en aktiv beskæftigelsesindsats § 42", DataCategory.EMPLOYMENT),
	HEALTH_CONVERSATION("Sundhedssamtale", Administration.SUF, "Sundhedsloven § 119", DataCategory.HEALTH),
	PHYSIOTHERAPY("Fysioterapi", Administration.SUF, "Sundhedsloven § 140", DataCategory.HEALTH),
	LEISURE_BRIDGING("Fritidsbrobygning", Administration.KFF, "Folkeoplysningsloven", DataCategory.LEISURE),
	OTHER("Andet tilbud", Administration.SOF, "Serviceloven", DataCategory.SOCIAL_CASE_ADULT);

	/**
	 * Social measures as the evaluation counts them: the children's and the adults'
	 * social case.
	 */
	public static final Set<MeasureKind> EVALUATION_SOCIAL = Set.of(FAMILY_TREATMENT, CONTACT_PERSON, PLACEMENT,
			ALCOHOL_TREATMENT, MENTOR, OTHER);

	/**
	 * The children's measures in SOF whose costs the evaluation reports: placements and
	 * preventive measures.
	 */
	public static final Set<MeasureKind> EVALUATION_CHILD_COSTS = Set.of(FAMILY_TREATMENT, CONTACT_PERSON, PLACEMENT);

	private final String danishName;

	private final Administration owner;

	private final String typicalLegalBasis;

	private final DataCategory category;

	MeasureKind(String danishName, Administration owner, String typicalLegalBasis, DataCategory category) {
		this.danishName = danishName;
		this.owner = owner;
		this.typicalLegalBasis = typicalLegalBasis;
		this.category = category;
	}

	public String danishName() {
		return this.danishName;
	}

	@Override
	public Administration owner() {
		return this.owner;
	}

	public String typicalLegalBasis() {
		return this.typicalLegalBasis;
	}

	@Override
	public DataCategory category() {
		return this.category;
	}

}
