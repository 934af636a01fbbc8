package dk.kk.hfi.register;

/** A parent's income support or occupation, as BIF's registers say. */
public enum IncomeSupportType {

	KONTANTHJAELP, RESSOURCEFORLOB, FORTIDSPENSION, EDUCATION, EMPLOYMENT, OTHER

}
