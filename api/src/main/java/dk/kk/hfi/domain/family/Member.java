package dk.kk.hfi.domain.family;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.PersistenceCreator;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.PersonalData;

/**
 * A person in a family, embedded in the family document. Carries its family's id so the
 * access mechanism can decide its fields wherever it appears in the graph.
 */
public record Member(String id, String familyId, String firstName, String lastName, FamilyRole role,
		@Nullable String cpr, @Nullable LocalDate birthDate, @Nullable String phone, @Nullable String email,
		boolean livesInHousehold, boolean custodyHolder, List<String> custodyHolderIds, List<StoredRelation> relations,
		List<CustodyChange> custodyHistory) implements PersonalData {

	/** From this age a young person must consent for their own data. */
	private static final int OWN_CONSENT_AGE = 15;

	@PersistenceCreator
	public Member {
		custodyHolderIds = (custodyHolderIds != null) ? List.copyOf(custodyHolderIds) : List.of();
		relations = (relations != null) ? List.copyOf(relations) : List.of();
		custodyHistory = (custodyHistory != null) ? List.copyOf(custodyHistory) : List.of();
	}

	/**
	 * A member without custody history (the custody they hold was recorded with the
	 * member).
	 */
	public Member(String id, String familyId, String firstName, String lastName, FamilyRole role, @Nullable String cpr,
			@Nullable LocalDate birthDate, @Nullable String phone, @Nullable String email, boolean livesInHousehold,
			boolean custodyHolder, List<String> custodyHolderIds, List<StoredRelation> relations) {
		this(id, familyId, firstName, lastName, role, cpr, birthDate, phone, email, livesInHousehold, custodyHolder,
				custodyHolderIds, relations, List.of());
	}

	@Override
	public Set<Administration> owners() {
		return Family.MEMBER_DATA_OWNERS;
	}

	@Override
	public List<String> subjectIds() {
		return List.of(this.id);
	}

	public @Nullable Integer ageOn(LocalDate day) {
		return (this.birthDate != null) ? Period.between(this.birthDate, day).getYears() : null;
	}

	/**
	 * Under 15 on the day: custody holders consent for the member, who from 15 consents
	 * for their own data. Without a date of birth on record the role decides: a child
	 * counts as under 15, anyone else as 15 or more.
	 */
	public boolean isUnderOwnConsentAge(LocalDate day) {
		Integer age = ageOn(day);
		return (age != null) ? age < OWN_CONSENT_AGE : this.role == FamilyRole.CHILD;
	}

	public Member withRelations(List<StoredRelation> relations) {
		return new Member(this.id, this.familyId, this.firstName, this.lastName, this.role, this.cpr, this.birthDate,
				this.phone, this.email, this.livesInHousehold, this.custodyHolder, this.custodyHolderIds, relations,
				this.custodyHistory);
	}

	/**
	 * This member with the details of another (names, role, CPR, birth date, contact,
	 * household, whether they hold custody): their relations, custody holders and custody
	 * history stay, as only their own mutations change them.
	 */
	public Member withDetailsOf(Member details) {
		return new Member(this.id, this.familyId, details.firstName, details.lastName, details.role, details.cpr,
				details.birthDate, details.phone, details.email, details.livesInHousehold, details.custodyHolder,
				this.custodyHolderIds, this.relations, this.custodyHistory);
	}

	public Member withCustodyHolderIds(List<String> custodyHolderIds) {
		return new Member(this.id, this.familyId, this.firstName, this.lastName, this.role, this.cpr, this.birthDate,
				this.phone, this.email, this.livesInHousehold, this.custodyHolder, custodyHolderIds, this.relations,
				this.custodyHistory);
	}

	/**
	 * A child's custody from a date: the holders now, and the change kept in the history.
	 */
	public Member withCustody(CustodyChange change) {
		List<CustodyChange> history = new ArrayList<>(this.custodyHistory);
		history.add(change);
		return new Member(this.id, this.familyId, this.firstName, this.lastName, this.role, this.cpr, this.birthDate,
				this.phone, this.email, this.livesInHousehold, this.custodyHolder, change.holderIds(), this.relations,
				history);
	}

	public Member withCustodyHolder(boolean custodyHolder) {
		return new Member(this.id, this.familyId, this.firstName, this.lastName, this.role, this.cpr, this.birthDate,
				this.phone, this.email, this.livesInHousehold, custodyHolder, this.custodyHolderIds, this.relations,
				this.custodyHistory);
	}

	/** Never prints personal data: records would print every component. */
	@Override
	public String toString() {
		return "Member[id=" + this.id + "]";
	}

}
