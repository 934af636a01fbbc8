package dk.kk.hfi.consent;

/** Programmes a consent can be for. */
public enum ConsentPurpose {

	HFI, STEP_UP

}
