package dk.kk.hfi.demo;

import java.util.List;
import java.util.Set;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;

/**
 * An integration partner's system that demo mode registers for the client-credentials
 * grant.
 */
public record DemoClient(String clientId, String name, Administration administration, Set<DataCategory> categories) {

	public static final String KFF_LEISURE_BOOKING = "kff-fritidsbooking";

	public static final String BIF_JOB_CENTRE = "bif-jobcenter";

	public static final List<DemoClient> ALL = List.of(
			new DemoClient(KFF_LEISURE_BOOKING, "KFF Fritidsbooking", Administration.KFF,
					Set.of(DataCategory.BASIC_IDENTITY, DataCategory.CONTACT, DataCategory.LEISURE)),
			new DemoClient(BIF_JOB_CENTRE, "BIF Jobcentersystem", Administration.BIF,
					Set.of(DataCategory.BASIC_IDENTITY, DataCategory.IDENTITY, DataCategory.EMPLOYMENT,
							DataCategory.FINANCE)));

	/**
	 * The client secret for the client-credentials grant: fictional, published in
	 * docs/configuration.md like the data.
	 */
	public String secret() {
		return this.clientId + "-demo-secret";
	}

	static java.util.Optional<DemoClient> byId(String clientId) {
		return ALL.stream().filter((client) -> client.clientId().equals(clientId)).findFirst();
	}

}
