package dk.kk.hfi.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.domain.course.Course;
import dk.kk.hfi.domain.family.CustodyChange;
import dk.kk.hfi.domain.family.District;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.FamilyRole;
import dk.kk.hfi.domain.family.Household;
import dk.kk.hfi.domain.family.Member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What a change of a family's details or members puts on the change feed: each record and
 * category that changed, and nothing else.
 */
class MemberChangesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	private static final Member MOTHER = new Member("m1", "f-1", "Mona", "Test", FamilyRole.MOTHER, null,
			LocalDate.of(1988, 3, 4), null, null, true, true, List.of(), List.of());

	private static final Member FATHER = new Member("m2", "f-1", "Omar", "Test", FamilyRole.FATHER, null, null, null,
			null, false, false, List.of(), List.of());

	private static final Member CHILD = new Member("m3", "f-1", "Ali", "Test", FamilyRole.CHILD, null,
			LocalDate.of(2015, 6, 7), null, null, true, false, List.of("m1"), List.of());

	private static final Family FAMILY = new Family("f-1", 3L, "Familien Test", District.NORREBRO,
			new Household("Gade 1", "2200", "København N"), List.of(MOTHER, FATHER, CHILD),
			Course.referred(TODAY, "prof-sof-01"), List.of());

	@Test
	void aPhoneNumberIsTheMembersContactData() {
		Family after = FAMILY.withMember("m1", (member) -> new Member("m1", "f-1", "Mona", "Test", FamilyRole.MOTHER,
				null, LocalDate.of(1988, 3, 4), "+45 12 34 56 78", null, true, true, List.of(), List.of()));

		assertThat(MemberChanges.between(FAMILY, after))
			.extracting((changed) -> changed.record().id(), MemberChanges.Changed::category)
			.containsExactly(tuple("m1", DataCategory.CONTACT));
	}

	@Test
	void custodyIsTheRelationsOfTheChildAndOfAHolderWhoseCustodyChanged() {
		Family after = FAMILY
			.withMember("m3",
					(child) -> child.withCustody(new CustodyChange(List.of("m1", "m2"), TODAY,
							Instant.parse("2026-03-01T10:00:00Z"), "prof-sof-01")))
			.withMember("m2", (father) -> father.withCustodyHolder(true));

		assertThat(MemberChanges.between(FAMILY, after))
			.extracting((changed) -> changed.record().id(), MemberChanges.Changed::category)
			.containsExactly(tuple("m2", DataCategory.FAMILY_RELATIONS), tuple("m3", DataCategory.FAMILY_RELATIONS));
	}

	@Test
	void theFamilysNameIsBasicIdentityAndItsAddressContactDataOfTheWholeFamily() {
		Family after = FAMILY.withDetails("Familien Ny", District.BISPEBJERG, FAMILY.household());

		assertThat(MemberChanges.between(FAMILY, after))
			.extracting((changed) -> changed.record().id(), MemberChanges.Changed::category,
					(changed) -> changed.record().subjectIds())
			.containsExactly(tuple("f-1", DataCategory.BASIC_IDENTITY, List.of("m1", "m2", "m3")),
					tuple("f-1", DataCategory.CONTACT, List.of("m1", "m2", "m3")));
	}

	@Test
	void aMemberAddedChangedEveryCategoryOfTheirsAndNothingElse() {
		Member added = new Member("m4", "f-1", "Sara", "Test", FamilyRole.CHILD, null, null, null, null, true, false,
				List.of("m1"), List.of());

		assertThat(MemberChanges.between(FAMILY, FAMILY.withMembers(List.of(MOTHER, FATHER, CHILD, added))))
			.extracting((changed) -> changed.record().id(), MemberChanges.Changed::category)
			.containsExactly(tuple("m4", DataCategory.BASIC_IDENTITY), tuple("m4", DataCategory.IDENTITY),
					tuple("m4", DataCategory.CONTACT), tuple("m4", DataCategory.FAMILY_RELATIONS));
	}

	@Test
	void nothingChangedIsNothingOnTheFeed() {
		assertThat(MemberChanges.between(FAMILY, FAMILY.withMembers(FAMILY.members()))).isEmpty();
	}

}
