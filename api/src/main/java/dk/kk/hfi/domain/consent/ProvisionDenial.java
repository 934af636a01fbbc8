package dk.kk.hfi.domain.consent;

import java.util.List;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;

/**
 * A provision's deny clause (schema: ConsentException); empty recipients or subjects mean
 * all the provision's.
 */
public record ProvisionDenial(List<DataCategory> categories, List<Administration> recipients, List<String> subjectIds) {

	public ProvisionDenial {
		categories = (categories != null) ? List.copyOf(categories) : List.of();
		recipients = (recipients != null) ? List.copyOf(recipients) : List.of();
		subjectIds = (subjectIds != null) ? List.copyOf(subjectIds) : List.of();
	}

}
