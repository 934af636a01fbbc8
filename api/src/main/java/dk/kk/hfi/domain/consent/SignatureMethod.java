package dk.kk.hfi.domain.consent;

/** How a consent was signed. */
public enum SignatureMethod {

	WRITTEN, MITID, ORAL_NOTED

}
