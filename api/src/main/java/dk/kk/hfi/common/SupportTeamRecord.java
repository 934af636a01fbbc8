package dk.kk.hfi.common;

import java.util.Set;

/**
 * Personal data the HFI support team keeps under SOF's lead (assessments, meetings, the
 * plan): SOF owns it, the other administrations read it by consent.
 */
public interface SupportTeamRecord extends PersonalData {

	Set<Administration> OWNERS = Set.of(Administration.SOF);

	@Override
	default Set<Administration> owners() {
		return OWNERS;
	}

}
