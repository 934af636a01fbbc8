package dk.kk.hfi.domain.consent;

import java.util.List;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;

/**
 * A deny clause inside a provision (FHIR's provision exception; the schema's {@code ConsentException}, stored in a
 * provision's {@code exceptions} and a partial withdrawal's {@code denial}): empty recipients or subjects mean all
 * of the provision's.
 */
public record ProvisionDenial(List<DataCategory> categories, List<Administration> recipients,
		List<String> subjectIds) {

	public ProvisionDenial {
		categories = (categories != null) ? List.copyOf(categories) : List.of();
		recipients = (recipients != null) ? List.copyOf(recipients) : List.of();
		subjectIds = (subjectIds != null) ? List.copyOf(subjectIds) : List.of();
	}

}
