package dk.kk.hfi.access;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.query.Criteria;

import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.caller.PartnerClientCaller;
import dk.kk.hfi.domain.caller.ProfessionalCaller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.TeamMembership;

/**
 * Row-level access: the families a caller may see at all. A professional sees the
 * families whose core team they are actively on, the support team sees every family, a
 * partner client sees its administration's caseload. Every family look-up adds this
 * criterion, so a family outside it behaves exactly like one that does not exist.
 * <p>
 * The scope is defined once, as "an active core-team membership whose {@code field}
 * equals {@code value}" (or everything); the database filter and the in-memory check are
 * both derived from that definition.
 */
public final class FamilyScope {

	private static final FamilyScope EVERY_FAMILY = new FamilyScope(null, null, null);

	/**
	 * The membership field the scope matches on, by its stored name; null for every
	 * family.
	 */
	private final @Nullable String field;

	private final @Nullable Function<TeamMembership, Object> property;

	private final @Nullable Object value;

	private FamilyScope(@Nullable String field, @Nullable Function<TeamMembership, Object> property,
			@Nullable Object value) {
		this.field = field;
		this.property = property;
		this.value = value;
	}

	public static FamilyScope of(Caller caller) {
		if (caller instanceof ProfessionalCaller professional) {
			return professional.supportTeam() ? EVERY_FAMILY
					: new FamilyScope("professionalId", TeamMembership::professionalId, professional.professionalId());
		}
		if (caller instanceof PartnerClientCaller client) {
			return new FamilyScope("administration", TeamMembership::administration, client.administration());
		}
		throw new IllegalArgumentException("Unknown caller kind");
	}

	/** The database filter. */
	public Criteria criteria(LocalDate today) {
		return (this.field != null)
				? Criteria.where("coreTeam").elemMatch(activeOn(today).and(this.field).is(this.value)) : new Criteria();
	}

	/** The same rule over a family already in memory. */
	public boolean covers(Family family, LocalDate today) {
		if (this.field == null) {
			return true;
		}
		// The property and value are set with the field.
		Function<TeamMembership, Object> property = Objects.requireNonNull(this.property);
		Object value = Objects.requireNonNull(this.value);
		return family.coreTeam()
			.stream()
			.anyMatch((membership) -> membership.isActiveOn(today) && value.equals(property.apply(membership)));
	}

	public static Criteria visibleTo(Caller caller, LocalDate today) {
		return of(caller).criteria(today);
	}

	public static boolean covers(Caller caller, Family family, LocalDate today) {
		return of(caller).covers(family, today);
	}

	/** A core-team membership active on the day, for use inside {@code $elemMatch}. */
	public static Criteria activeOn(LocalDate today) {
		return Criteria.where("since")
			.lte(today)
			.orOperator(Criteria.where("until").is(null), Criteria.where("until").gt(today));
	}

}
