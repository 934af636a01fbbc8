package dk.kk.hfi.common;

/** The five administrations of Copenhagen Municipality that work together in HFI. */
public enum Administration {

	SOF, BIF, BUF, SUF, KFF

}
