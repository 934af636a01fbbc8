package dk.kk.hfi.access;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.domain.caller.PartnerClientCaller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.family.Member;

/**
 * Explains a caller's access to each member's data, category by category, from the same
 * decisions the guard takes: what is visible and on which basis, what is hidden and which
 * consent would permit it.
 */
final class AccessExplanation {

	private AccessExplanation() {
	}

	static List<MemberAccess> explain(AccessContext context, Family family) {
		FamilyAccess access = context.familyAccess(family.id());
		List<MemberAccess> result = new ArrayList<>();
		for (Member member : family.members()) {
			List<CategoryAccess> categories = new ArrayList<>();
			for (DataCategory category : DataCategory.values()) {
				AccessDecision decision = access.decide(category, CategoryOwners.of(category), List.of(member.id()));
				categories.add(new CategoryAccess(category, decision.permitted(), decision.basis(),
						decision.consentId(), decision.consentVersion(), decision.reason(),
						decision.permitted() ? null : suggestion(context, access, family, member, category)));
			}
			result.add(new MemberAccess(member, categories));
		}
		return result;
	}

	/**
	 * The consent to ask for; none when the caller is a partner client not granted the
	 * category. Who grants it follows from the member's age and custody, so they are
	 * named only to a caller who may read both.
	 */
	private static @Nullable ConsentSuggestion suggestion(AccessContext context, FamilyAccess access, Family family,
			Member member, DataCategory category) {
		if (context.caller() instanceof PartnerClientCaller client && !client.categories().contains(category)) {
			return null;
		}
		boolean readsWhoGrants = Stream.of(DataCategory.IDENTITY, DataCategory.FAMILY_RELATIONS)
			.allMatch((needed) -> access.decide(needed, CategoryOwners.of(needed), List.of(member.id())).permitted());
		List<Member> grantors = !readsWhoGrants ? List.of() : member.isUnderOwnConsentAge(context.today())
				? member.custodyHolderIds().stream().map(family::member).flatMap(java.util.Optional::stream).toList()
				: List.of(member);
		return new ConsentSuggestion(grantors, context.caller().administration(), category);
	}

	record MemberAccess(Member member, List<CategoryAccess> categories) {
	}

	record CategoryAccess(DataCategory category, boolean visible, @Nullable Basis basis, @Nullable String consentId,
			@Nullable Integer consentVersion, @Nullable DenialReason reason,
			@Nullable ConsentSuggestion wouldBePermittedBy) {
	}

	record ConsentSuggestion(List<Member> grantors, Administration recipient, DataCategory category) {
	}

}
