package dk.kk.hfi.domain.consent;

/** Programmes a consent can be for. */
public enum ConsentPurpose {

	HFI, STEP_UP

}
