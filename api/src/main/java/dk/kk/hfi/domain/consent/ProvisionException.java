package dk.kk.hfi.domain.consent;

import java.util.List;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;

/** A denial inside a provision; empty recipients or subjects mean all of the provision's. */
public record ProvisionException(List<DataCategory> categories, List<Administration> recipients,
		List<String> subjectIds) {

	public ProvisionException {
		categories = (categories != null) ? List.copyOf(categories) : List.of();
		recipients = (recipients != null) ? List.copyOf(recipients) : List.of();
		subjectIds = (subjectIds != null) ? List.copyOf(subjectIds) : List.of();
	}

}
