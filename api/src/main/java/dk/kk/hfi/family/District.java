package dk.kk.hfi.family;

/** The districts where HFI works. */
public enum District {

	NORREBRO, BISPEBJERG, OTHER

}
