package dk.kk.hfi.family;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.access.FamilyFixture;
import dk.kk.hfi.course.TestCourses;
import dk.kk.hfi.demo.DemoIds;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/** Families through HTTP, GraphQL and the MongoDB wire protocol. */
class FamilyGraphQlTests extends GraphQlTestSupport {

	@Test
	void caseworkerReadsAFamilyOnTheirTeamWithMembersTeamAndRecords() {
		GraphQlTester.Response response = as(DemoIds.SOF_CASEWORKER).documentName("familyOverview")
			.variable("id", DemoIds.FAMILY_FULL_CONSENT)
			.execute();
		response.errors().verify();
		response.path("family.id").entity(String.class).isEqualTo(DemoIds.FAMILY_FULL_CONSENT);
		response.path("family.members[0].id").entity(String.class).isEqualTo(DemoIds.FAMILY_FULL_CONSENT_MOTHER);
		response.path("family.members[0].role").entity(String.class).isEqualTo("MOTHER");
		response.path("family.members[*].cpr")
			.entityList(String.class)
			.satisfies((cprs) -> assertThat(cprs).allMatch((cpr) -> cpr.matches("\\d{6}-\\d{4}")));
		response.path("family.coreTeam[*].professional.id")
			.entityList(String.class)
			.contains(DemoIds.SOF_CASEWORKER, DemoIds.BIF_JOB_CASEWORKER);
		response.path("family.consents[0].status").entity(String.class).isEqualTo("ACTIVE");
		response.path("family.consents[0].grantors[0].id")
			.entity(String.class)
			.isEqualTo(DemoIds.FAMILY_FULL_CONSENT_MOTHER);
		response.path("family.measures").entityList(Object.class).hasSizeGreaterThan(3);
		response.path("family.measures[*].member.id").entityList(String.class).hasSizeGreaterThan(3);
		response.path("family.course.status").entity(String.class).isEqualTo("ACTIVE");
		response.path("family.meetings").entityList(Object.class).hasSizeGreaterThan(0);
		response.path("family.plan.goals").entityList(Object.class).hasSizeGreaterThan(0);
	}

	@Test
	void familyOutsideTheCallersScopeIsNotFound() {
		rejected(as(DemoIds.NO_TEAM_PROFESSIONAL).document("{ family(id: \"fam-001\") { id name } }"), "NOT_FOUND",
				(error) -> error.getPath().equals("family"))
			.path("family")
			.valueIsNull();
		rejected(as(DemoIds.SOF_CASEWORKER).document("{ family(id: \"no-such-family\") { id } }"), "NOT_FOUND");
	}

	@Test
	void professionalOnNoTeamSeesNoFamilies() {
		as(DemoIds.NO_TEAM_PROFESSIONAL).document("{ families(first: 100) { edges { node { id } } } }")
			.execute()
			.path("families.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void supportTeamPagesThroughEveryFamilyWithOpaqueCursors() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		String query = "query($after: String) { families(first: 15, after: $after) { edges { cursor node { id name } } "
				+ "pageInfo { hasNextPage endCursor } } }";
		List<String> ids = new java.util.ArrayList<>();
		String after = null;
		for (int page = 0; page < 10; page++) {
			GraphQlTester.Response response = support.document(query).variable("after", after).execute();
			ids.addAll(response.path("families.edges[*].node.id").entityList(String.class).get());
			response.path("families.edges[*].cursor")
				.entityList(String.class)
				.satisfies((cursors) -> assertThat(cursors).noneMatch((cursor) -> cursor.contains("Familien")));
			if (!response.path("families.pageInfo.hasNextPage").entity(Boolean.class).get()) {
				break;
			}
			after = response.path("families.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(ids).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
	}

	@Test
	void familiesFilterByStatusAdministrationAndText() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		support
			.document("{ families(first: 100, filter: {status: REFERRED}) { edges { node { course { status } } } } }")
			.execute()
			.path("families.edges[*].node.course.status")
			.entityList(String.class)
			.satisfies((statuses) -> assertThat(statuses).isNotEmpty().containsOnly("REFERRED"));
		support.document("{ families(first: 100, filter: {text: \"FAMILIEN\"}) { edges { node { id } } } }")
			.execute()
			.path("families.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(20);
		support.document("{ families(first: 100, filter: {text: \".*\"}) { edges { node { id } } } }")
			.execute()
			.path("families.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void oversizedPageIsRejected() {
		rejected(as(DemoIds.SUPPORT_COORDINATOR).document("{ families(first: 101) { edges { node { id } } } }"),
				"BAD_USER_INPUT");
	}

	@Test
	void caseworkerCreatesAFamilyAndChangesItWithVersions() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		Map<String, Object> input = Map.of("name", "Familien Testesen", "district", "NORREBRO", "household",
				Map.of("street", "Testvej 1", "postalCode", "2200", "city", "København N"), "members",
				List.of(Map.of("firstName", "Tove", "lastName", "Testesen", "role", "MOTHER", "cpr", "010185-5123",
						"custodyHolder", true),
						Map.of("firstName", "Tim", "lastName", "Testesen", "role", "CHILD", "birthDate",
								"2016-04-02")));
		GraphQlTester.Response created = sof.documentName("createFamily").variable("input", input).execute();
		created.errors().verify();
		String familyId = created.path("createFamily.family.id").entity(String.class).get();
		created.path("createFamily.family.version").entity(Integer.class).isEqualTo(0);
		created.path("createFamily.family.course.status").entity(String.class).isEqualTo("REFERRED");
		created.path("createFamily.family.members[0].birthDate").entity(String.class).isEqualTo("1885-01-01");
		created.path("createFamily.family.members[1].custodyHolders[0].firstName")
			.entity(String.class)
			.isEqualTo("Tove");

		GraphQlTester.Response updated = sof.documentName("family/updateFamily")
			.variable("input", Map.of("id", familyId, "expectedVersion", 0, "name", "Familien Testesen-Hansen"))
			.execute();
		updated.path("updateFamily.family.version").entity(Integer.class).isEqualTo(1);

		rejected(
				sof.documentName("family/updateFamilyName")
					.variable("input", Map.of("id", familyId, "expectedVersion", 0, "name", "Lost update")),
				"CONFLICT", (error) -> error.getPath().equals("updateFamily"));
		sof.documentName("family/family")
			.variable("id", familyId)
			.execute()
			.path("family.name")
			.entity(String.class)
			.isEqualTo("Familien Testesen-Hansen");
	}

	@Test
	void aFamilyIsCreatedWithTheRelationsBetweenItsMembers() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		List<Map<String, Object>> members = List.of(
				Map.of("firstName", "Rikke", "lastName", "Relatesen", "role", "MOTHER", "custodyHolder", true),
				Map.of("firstName", "Rune", "lastName", "Relatesen", "role", "CHILD", "birthDate", "2015-05-05"));
		Map<String, Object> input = Map.of("name", "Familien Relatesen", "district", "BISPEBJERG", "members", members,
				"relations",
				List.of(Map.of("member", 0, "kind", "CHILD", "relatedMember", 1),
						Map.of("member", 1, "kind", "SIBLING", "relatedMember", 0),
						Map.of("member", 1, "kind", "MOTHER", "relatedMember", 0)));
		GraphQlTester.Response created = sof.documentName("family/createFamilyWithRelations")
			.variable("input", input)
			.execute();
		created.path("createFamily.family.version").entity(Integer.class).isEqualTo(0);
		created.path("createFamily.family.members[0].relations[*].kind")
			.entityList(String.class)
			.containsExactly("CHILD");
		created.path("createFamily.family.members[0].relations[0].member.firstName")
			.entity(String.class)
			.isEqualTo("Rune");
		// The later relation between the same two members replaces the earlier one.
		created.path("createFamily.family.members[1].relations[*].kind")
			.entityList(String.class)
			.containsExactly("MOTHER");

		Map<String, Object> outside = new HashMap<>(input);
		outside.put("relations", List.of(Map.of("member", 0, "kind", "CHILD", "relatedMember", 2)));
		rejected(sof.documentName("family/createFamilyWithRelations").variable("input", outside), "BAD_USER_INPUT",
				(error) -> error.getPath().equals("createFamily")
						&& error.getMessage().contains("input.relations: a member's place is outside input.members"));
		Map<String, Object> self = new HashMap<>(input);
		self.put("relations", List.of(Map.of("member", 1, "kind", "SIBLING", "relatedMember", 1)));
		rejected(sof.documentName("family/createFamilyWithRelations").variable("input", self), "BAD_USER_INPUT",
				(error) -> error.getMessage().contains("cannot be related to themselves"));
	}

	@Test
	void membersRelationsAndCoreTeamChangeAtomically() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		GraphQlTester.Response family = support.document("{ family(id: \"fam-010\") { version members { id } } }")
			.execute();
		long version = family.path("family.version").entity(Long.class).get();
		List<String> memberIds = family.path("family.members[*].id").entityList(String.class).get();

		GraphQlTester.Response added = support.documentName("family/addMember")
			.variable("input",
					Map.of("familyId", "fam-010", "expectedVersion", version, "member",
							Map.of("firstName", "Karl", "lastName", "Nielsen", "role", "FATHER", "livesInHousehold",
									false)))
			.execute();
		added.errors().verify();
		version = added.path("addMember.family.version").entity(Long.class).get();
		String fatherId = added.path("addMember.family.members[" + memberIds.size() + "].id")
			.entity(String.class)
			.get();

		GraphQlTester.Response related = support.documentName("family/setRelation")
			.variable("input",
					Map.of("familyId", "fam-010", "expectedVersion", version, "memberId", memberIds.get(1), "kind",
							"FATHER", "relatedMemberId", fatherId))
			.execute();
		related.errors().verify();
		related.path("setRelation.family.members[1].relations[*].member.id")
			.entityList(String.class)
			.contains(fatherId);
		version = related.path("setRelation.family.version").entity(Long.class).get();

		version = TestCourses.addToTeam(support, "fam-010", version, DemoIds.NO_TEAM_PROFESSIONAL);
		as(DemoIds.NO_TEAM_PROFESSIONAL).document("{ family(id: \"fam-010\") { id } }")
			.execute()
			.path("family.id")
			.entity(String.class)
			.isEqualTo("fam-010");

		support.documentName("family/removeCoreTeamMember")
			.variable("input",
					Map.of("familyId", "fam-010", "expectedVersion", version, "professionalId",
							DemoIds.NO_TEAM_PROFESSIONAL))
			.execute()
			.errors()
			.verify();
		rejected(as(DemoIds.NO_TEAM_PROFESSIONAL).document("{ family(id: \"fam-010\") { id } }"), "NOT_FOUND");
	}

	@Test
	void partnerClientsMayNotChangeFamilies() {
		rejected(asClient("kff-fritidsbooking")
			.document("mutation { updateFamily(input: {id: \"fam-001\", expectedVersion: 0, name: \"X\"}) "
					+ "{ family { id } } }"),
				"FORBIDDEN");
	}

	@Test
	void membersAreUpdatedAndRelationsRemoved() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		GraphQlTester.Response family = support
			.document("{ family(id: \"fam-011\") { version members { id relations { kind member { id } } } } }")
			.execute();
		int version = family.path("family.version").entity(Integer.class).get();
		String memberId = family.path("family.members[1].id").entity(String.class).get();
		String relatedId = family.path("family.members[1].relations[0].member.id").entity(String.class).get();

		GraphQlTester.Response updated = support.documentName("family/updateMember")
			.variable("input",
					Map.of("familyId", "fam-011", "expectedVersion", version, "memberId", memberId, "member",
							Map.of("firstName", "Omdøbt", "lastName", "Barn", "role", "CHILD", "phone",
									"+45 11 22 33 44")))
			.execute();
		updated.errors().verify();
		updated.path("updateMember.family.members[1].firstName").entity(String.class).isEqualTo("Omdøbt");
		updated.path("updateMember.family.members[1].relations[*].member.id")
			.entityList(String.class)
			.contains(relatedId);
		version = updated.path("updateMember.family.version").entity(Integer.class).get();

		support.documentName("family/removeRelation")
			.variable("input",
					Map.of("familyId", "fam-011", "expectedVersion", version, "memberId", memberId, "relatedMemberId",
							relatedId))
			.execute()
			.path("removeRelation.family.members[1].relations[*].member.id")
			.entityList(String.class)
			.doesNotContain(relatedId);
	}

	@Test
	void changingAChildsDetailsKeepsWhoHoldsCustodyAndItsHistory() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Forældremyndighed");
		sof.documentName("access/setCustody")
			.variable("input",
					Map.of("familyId", family.familyId, "expectedVersion", TestCourses.version(sof, family.familyId),
							"childId", family.childId, "custodyHolderIds", List.of()))
			.execute()
			.errors()
			.verify();

		sof.documentName("family/updateMember")
			.variable("input",
					Map.of("familyId", family.familyId, "expectedVersion", TestCourses.version(sof, family.familyId),
							"memberId", family.childId, "member",
							Map.of("firstName", "Milo", "lastName", "Matrix-Holm", "role", "CHILD")))
			.execute()
			.errors()
			.verify();

		GraphQlTester.Response stored = sof.documentName("family/custody").variable("id", family.familyId).execute();
		stored.path("family.members[1].id").entity(String.class).isEqualTo(family.childId);
		stored.path("family.members[1].lastName").entity(String.class).isEqualTo("Matrix-Holm");
		stored.path("family.members[1].custodyHolders").entityList(Object.class).hasSize(0);
		stored.path("family.members[1].custodyHistory").entityList(Object.class).hasSize(1);
	}

	@Test
	void aProfessionalIsLookedUpById() {
		rejected(as(DemoIds.BIF_JOB_CASEWORKER).documentName("family/aProfessionalIsLookedUpById"), "NOT_FOUND",
				(error) -> error.getPath().equals("missing"))
			.path("professional.administration")
			.entity(String.class)
			.isEqualTo("SOF");
	}

}
