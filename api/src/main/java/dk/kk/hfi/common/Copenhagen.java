package dk.kk.hfi.common;

import java.time.ZoneId;

/**
 * The programme's time zone: a day, a date of birth and office hours are Copenhagen's.
 */
public final class Copenhagen {

	public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

	private Copenhagen() {
	}

}
