package dk.kk.hfi.plan;

/** The five guiding principles of HFI. */
public enum Principle {

	FAMILY, COHERENCE, CONTACT, WHOLENESS, KNOWLEDGE

}
