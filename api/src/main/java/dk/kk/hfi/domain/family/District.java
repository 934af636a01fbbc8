package dk.kk.hfi.domain.family;

/** The districts where HFI works. */
public enum District {

	NORREBRO, BISPEBJERG, OTHER

}
