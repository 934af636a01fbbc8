package dk.kk.hfi.course;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import dk.kk.hfi.common.ErrorCode;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.domain.course.CourseStatus;
import dk.kk.hfi.domain.family.Family;

/**
 * The programme's places, in one document: a counter and one reservation per active
 * family, changed only by atomic conditional updates, so two racing activations can never
 * both take the last place. A place is reserved before the family is written ACTIVE and
 * released after it is written CLOSED, so the ledger never holds fewer places than there
 * are active families; a reservation left behind by a failed activation only holds a
 * place until it is reconciled, and retrying the activation reuses it.
 */
@Component
class CapacityLedger {

	static final String LEDGER_ID = "hfi-course";

	/** An in-flight activation's reservation is never reconciled away. */
	private static final Duration GRACE = Duration.ofSeconds(30);

	private final MongoTemplate mongo;

	CapacityLedger(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Takes a place for the family, or finds the one it already holds (a retried
	 * activation). Refused with CAPACITY_REACHED when every place is taken.
	 */
	Claim reserve(String familyId, int limit) {
		ensureExists();
		for (int attempt = 0; attempt < 2; attempt++) {
			Reservation mine = new Reservation(familyId, UUID.randomUUID().toString(), Instant.now());
			Query free = Query.query(Criteria.where("_id")
				.is(LEDGER_ID)
				.and("count")
				.lt(limit)
				.and("reservations.familyId")
				.ne(familyId));
			Update take = new Update().inc("count", 1).push("reservations", mine);
			if (this.mongo.findAndModify(free, take, FindAndModifyOptions.options().returnNew(true),
					CapacityDocument.class) != null) {
				return new Claim(mine.token(), true);
			}
			CapacityDocument ledger = current();
			Reservation held = ledger.reservationOf(familyId);
			if (held != null) {
				return new Claim(held.token(), false);
			}
			if (attempt == 0 && reconcile() == 0) {
				break;
			}
		}
		throw new HfiException(ErrorCode.CAPACITY_REACHED,
				"All " + limit + " places are taken: the family stays on the waiting list", Map.of("limit", limit));
	}

	/** Gives back a place this activation took itself and could not use. */
	void cancel(Claim claim) {
		if (claim.owned()) {
			releaseWhere(Criteria.where("token").is(claim.token()), "reservations.token", claim.token());
		}
	}

	/**
	 * Releases the family's place (the course closed). Nothing happens when it holds
	 * none.
	 */
	void release(String familyId) {
		releaseWhere(Criteria.where("familyId").is(familyId), "reservations.familyId", familyId);
	}

	/** How many places are taken. */
	int taken() {
		ensureExists();
		return current().count();
	}

	/**
	 * Frees places whose family is no longer active (a failed activation, a close that
	 * stopped half-way), once they are older than the grace period. Returns how many were
	 * freed.
	 */
	int reconcile() {
		CapacityDocument ledger = current();
		Map<String, Family> families = new HashMap<>();
		List<String> familyIds = ledger.reservations().stream().map(Reservation::familyId).toList();
		this.mongo.find(Query.query(Criteria.where("_id").in(familyIds)), Family.class)
			.forEach((family) -> families.put(family.id(), family));
		Instant settled = Instant.now().minus(GRACE);
		int freed = 0;
		for (Reservation reservation : ledger.reservations()) {
			Family family = families.get(reservation.familyId());
			boolean active = family != null && family.course().status() == CourseStatus.ACTIVE;
			if (!active && reservation.reservedAt().isBefore(settled)) {
				freed += releaseWhere(Criteria.where("token").is(reservation.token()), "reservations.token",
						reservation.token());
			}
		}
		return freed;
	}

	private int releaseWhere(Criteria element, String path, String value) {
		ensureExists();
		Query holding = Query.query(Criteria.where("_id").is(LEDGER_ID).and(path).is(value));
		Update give = new Update().inc("count", -1).pull("reservations", element.getCriteriaObject());
		return (int) this.mongo.updateFirst(holding, give, CapacityDocument.class).getModifiedCount();
	}

	private CapacityDocument current() {
		// Every caller has made sure it exists (ensureExists), and the ledger is never
		// removed.
		return Objects.requireNonNull(this.mongo.findById(LEDGER_ID, CapacityDocument.class));
	}

	/** Creates the ledger on first use from the families active at that moment. */
	private void ensureExists() {
		if (this.mongo.exists(Query.query(Criteria.where("_id").is(LEDGER_ID)), CapacityDocument.class)) {
			return;
		}
		Instant now = Instant.now();
		List<Reservation> reservations = this.mongo
			.find(Query.query(Criteria.where("course.status").is(CourseStatus.ACTIVE)), Family.class)
			.stream()
			.map((family) -> new Reservation(family.id(), UUID.randomUUID().toString(), now))
			.toList();
		try {
			this.mongo.insert(new CapacityDocument(LEDGER_ID, reservations.size(), reservations));
		}
		catch (DuplicateKeyException ex) {
			// Created by a concurrent first use: theirs is as good as ours.
		}
	}

	/** The ledger document. */
	@org.springframework.data.mongodb.core.mapping.Document("courseCapacity")
	record CapacityDocument(@Id String id, int count, List<Reservation> reservations) {

		CapacityDocument {
			reservations = (reservations != null) ? List.copyOf(reservations) : List.of();
		}

		@Nullable Reservation reservationOf(String familyId) {
			return this.reservations.stream()
				.filter((reservation) -> reservation.familyId().equals(familyId))
				.findFirst()
				.orElse(null);
		}

	}

	/** One family's place. */
	record Reservation(String familyId, String token, Instant reservedAt) {

	}

	/**
	 * The place an activation holds; {@code owned} when this activation took it (and may
	 * give it back).
	 */
	record Claim(String token, boolean owned) {

	}

}
