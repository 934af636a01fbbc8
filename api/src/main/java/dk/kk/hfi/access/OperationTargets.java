package dk.kk.hfi.access;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;

/**
 * Finds what an operation concerns: the family, within the caller's scope, and the
 * record's owners. A family outside the scope is found exactly like one that does not
 * exist.
 */
final class OperationTargets {

	private final MongoTemplate mongo;

	private final Map<String, RecordLocator> locators;

	private final Map<String, KindOwner> kindOwners;

	OperationTargets(MongoTemplate mongo, List<RecordLocator> locators, List<KindOwner> kindOwners) {
		this.mongo = mongo;
		this.locators = locators.stream().collect(Collectors.toMap(RecordLocator::argument, Function.identity()));
		this.kindOwners = kindOwners.stream().collect(Collectors.toMap(KindOwner::kindType, Function.identity()));
	}

	Optional<Family> family(Caller caller, @Nullable String familyId, LocalDate today) {
		if (familyId == null) {
			return Optional.empty();
		}
		Query query = Query.query(Criteria.where("_id").is(familyId).andOperator(FamilyScope.visibleTo(caller, today)));
		return Optional.ofNullable(this.mongo.findOne(query, Family.class));
	}

	RecordLocator locator(String argument) {
		RecordLocator locator = this.locators.get(argument);
		if (locator == null) {
			throw new IllegalStateException("No record locator for argument " + argument);
		}
		return locator;
	}

	Administration ownerOf(String kindType, String kind) {
		return kindOwner(kindType).ownerOf(kind);
	}

	DataCategory categoryOf(String kindType, String kind) {
		return kindOwner(kindType).categoryOf(kind);
	}

	/** The categories records of these kinds carry. */
	Set<DataCategory> categoriesOf(String kindType, List<String> kinds) {
		return kinds.stream()
			.map(kindOwner(kindType)::categoryOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(DataCategory.class)));
	}

	private KindOwner kindOwner(String kindType) {
		KindOwner owner = this.kindOwners.get(kindType);
		if (owner == null) {
			throw new IllegalStateException("No owner of kinds " + kindType);
		}
		return owner;
	}

	boolean knowsKindType(String kindType) {
		return this.kindOwners.containsKey(kindType);
	}

}
