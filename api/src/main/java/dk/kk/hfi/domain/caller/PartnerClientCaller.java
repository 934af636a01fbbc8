package dk.kk.hfi.domain.caller;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;

/**
 * An integration partner's system calling with client credentials, limited to its granted
 * categories.
 */
public record PartnerClientCaller(String clientId, String name, Administration administration,
		Set<DataCategory> categories) implements Caller {

	public PartnerClientCaller {
		// In the schema's order, the same in every process (Set.copyOf's order is not).
		categories = categories.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(categories));
	}

	@Override
	public String id() {
		return this.clientId;
	}

}
