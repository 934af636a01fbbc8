package dk.kk.hfi.family;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.demo.DemoIds;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody changes a family's members, relations or custody when they may not read them:
 * the family withdrew its consent, so KFF's representative on the support team reads only
 * names and roles and changes nothing else; SOF, who holds the data itself, does.
 */
class MemberChangeReadingTests extends GraphQlTestSupport {

	private static final String FAMILY = DemoIds.FAMILY_CONSENT_WITHDRAWN;

	@Test
	void aSupportTeamMemberWhoMayNotReadMembersDataChangesNoneOfIt() {
		HttpGraphQlTester kff = as(DemoIds.KFF_LEISURE_CONSULTANT);
		long version = version();
		String mother = DemoIds.memberId(FAMILY, 1);
		String child = DemoIds.memberId(FAMILY, 2);
		String father = DemoIds.memberId(FAMILY, 4);

		rejected(
				kff.documentName("access/setCustody")
					.variable("input",
							Map.of("familyId", FAMILY, "expectedVersion", version, "childId", child, "custodyHolderIds",
									List.of(mother, father))),
				"FORBIDDEN", (error) -> "FAMILY_RELATIONS".equals(error.getExtensions().get("category")));
		rejected(
				kff.documentName("family/updateMember")
					.variable("input",
							Map.of("familyId", FAMILY, "expectedVersion", version, "memberId", father, "member",
									Map.of("firstName", "Emre", "lastName", "X", "role", "FATHER"))),
				"FORBIDDEN", (error) -> "IDENTITY".equals(error.getExtensions().get("category")));
		rejected(
				kff.documentName("family/setRelation")
					.variable("input",
							Map.of("familyId", FAMILY, "expectedVersion", version, "memberId", child, "kind", "FATHER",
									"relatedMemberId", father)),
				"FORBIDDEN", (error) -> "FAMILY_RELATIONS".equals(error.getExtensions().get("category")));
		assertThat(version()).isEqualTo(version);

		// SOF's coordinator holds these data itself (its own records) and may set the
		// relation (it is there already).
		as(DemoIds.SUPPORT_COORDINATOR).documentName("family/setRelation")
			.variable("input",
					Map.of("familyId", FAMILY, "expectedVersion", version, "memberId", child, "kind", "FATHER",
							"relatedMemberId", father))
			.execute()
			.errors()
			.verify();
	}

	private long version() {
		return as(DemoIds.SUPPORT_COORDINATOR).documentName("access/familyVersion")
			.variable("id", FAMILY)
			.execute()
			.path("family.version")
			.entity(Long.class)
			.get();
	}

}
