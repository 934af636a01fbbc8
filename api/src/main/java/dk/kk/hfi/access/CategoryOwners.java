package dk.kk.hfi.access;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;

/**
 * Which administration typically owns each category of data: used to explain a caller's
 * access to a member's data in general, where no particular record is at hand.
 */
final class CategoryOwners {

	private static final Map<DataCategory, Set<Administration>> OWNERS = new EnumMap<>(DataCategory.class);

	static {
		Set<Administration> sofAndBif = Set.of(Administration.SOF, Administration.BIF);
		OWNERS.put(DataCategory.BASIC_IDENTITY, sofAndBif);
		OWNERS.put(DataCategory.IDENTITY, sofAndBif);
		OWNERS.put(DataCategory.CONTACT, sofAndBif);
		OWNERS.put(DataCategory.FAMILY_RELATIONS, sofAndBif);
		OWNERS.put(DataCategory.SOCIAL_CASE_CHILD, Set.of(Administration.SOF));
		OWNERS.put(DataCategory.SOCIAL_CASE_ADULT, Set.of(Administration.SOF));
		OWNERS.put(DataCategory.EMPLOYMENT, Set.of(Administration.BIF));
		OWNERS.put(DataCategory.FINANCE, Set.of(Administration.BIF));
		OWNERS.put(DataCategory.SCHOOL, Set.of(Administration.BUF));
		OWNERS.put(DataCategory.HEALTH, Set.of(Administration.SUF));
		OWNERS.put(DataCategory.LEISURE, Set.of(Administration.KFF));
		OWNERS.put(DataCategory.PLAN, Set.of(Administration.SOF));
		OWNERS.put(DataCategory.ASSESSMENT, Set.of(Administration.SOF));
		OWNERS.put(DataCategory.MEETING, Set.of(Administration.SOF));
	}

	private CategoryOwners() {
	}

	static Set<Administration> of(DataCategory category) {
		// Every category has its owners.
		return Objects.requireNonNull(OWNERS.get(category));
	}

}
