package dk.kk.hfi.domain.consent;

import java.util.List;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;

/** A permit of a consent with its nested denials; deny wins. */
public record Provision(List<Administration> recipients, List<DataCategory> categories,
		List<ProvisionDenial> exceptions) {

	public Provision {
		recipients = (recipients != null) ? List.copyOf(recipients) : List.of();
		categories = (categories != null) ? List.copyOf(categories) : List.of();
		exceptions = (exceptions != null) ? List.copyOf(exceptions) : List.of();
	}

}
