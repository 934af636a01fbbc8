package dk.kk.hfi.family;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.PersonalData;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.Member;

/**
 * What a change of a family's details or members changed, as the change feed must name
 * it: one record and category per change (the family's name or address, a member's names,
 * identity, contact or relations), so the access policy decides the event exactly as it
 * decides the changed record's fields, and a reader who may not read a category learns
 * nothing of its change. The categories are the fields' {@code @category} in
 * {@code family.graphqls}.
 */
final class MemberChanges {

	private static final Map<DataCategory, Function<Family, List<?>>> FAMILY_FIELDS = new EnumMap<>(DataCategory.class);

	private static final Map<DataCategory, Function<Member, List<?>>> MEMBER_FIELDS = new EnumMap<>(DataCategory.class);

	static {
		FAMILY_FIELDS.put(DataCategory.BASIC_IDENTITY, (family) -> values(family.name()));
		FAMILY_FIELDS.put(DataCategory.CONTACT, (family) -> values(family.district(), family.household()));
		MEMBER_FIELDS.put(DataCategory.BASIC_IDENTITY,
				(member) -> values(member.firstName(), member.lastName(), member.role()));
		MEMBER_FIELDS.put(DataCategory.IDENTITY, (member) -> values(member.cpr(), member.birthDate()));
		MEMBER_FIELDS.put(DataCategory.CONTACT, (member) -> values(member.phone(), member.email()));
		MEMBER_FIELDS.put(DataCategory.FAMILY_RELATIONS, (member) -> values(member.livesInHousehold(),
				member.custodyHolder(), member.custodyHolderIds(), member.custodyHistory(), member.relations()));
	}

	private MemberChanges() {
	}

	/**
	 * Each record and category the change from {@code before} to {@code after} changed:
	 * the family's own fields as the family's (about all its members), a member's as that
	 * member's. A member added (or removed) changed every category of theirs.
	 */
	static List<Changed> between(Family before, Family after) {
		List<Changed> changed = new ArrayList<>();
		FAMILY_FIELDS.forEach((category, fields) -> {
			if (!fields.apply(before).equals(fields.apply(after))) {
				changed.add(new Changed(after, category));
			}
		});
		for (Member member : after.members()) {
			changed.addAll(between(before.member(member.id()).orElse(null), member));
		}
		for (Member member : before.members()) {
			if (after.member(member.id()).isEmpty()) {
				changed.addAll(between(member, null));
			}
		}
		return changed;
	}

	private static List<Changed> between(@Nullable Member before, @Nullable Member after) {
		PersonalData record = Objects.requireNonNull((after != null) ? after : before);
		List<Changed> changed = new ArrayList<>();
		MEMBER_FIELDS.forEach((category, fields) -> {
			if (!Objects.equals(Optional.ofNullable(before).map(fields), Optional.ofNullable(after).map(fields))) {
				changed.add(new Changed(record, category));
			}
		});
		return changed;
	}

	private static List<?> values(@Nullable Object... values) {
		return Arrays.asList(values);
	}

	/** A record changed in a category. */
	record Changed(PersonalData record, DataCategory category) {
	}

}
