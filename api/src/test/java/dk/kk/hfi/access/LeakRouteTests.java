package dk.kk.hfi.access;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.course.TestCourses;
import dk.kk.hfi.demo.DemoIds;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Denied data cannot be reached by any route: aliases, fragments, nested paths, lists,
 * unions, mutation payloads, error messages, introspection, field suggestions, filters
 * and cursors. The BIF job caseworker on fam-002 (whose consent excludes HEALTH) is the
 * caller; SUF owns the health measures.
 */
class LeakRouteTests extends GraphQlTestSupport {

	private static final String FAMILY = DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH;

	private static final List<String> HEALTH_KINDS = List.of("ALCOHOL_TREATMENT", "HEALTH_CONVERSATION",
			"PHYSIOTHERAPY");

	@Test
	void theHealthMeasuresExistAndTheirOwnerSeesThem() {
		GraphQlTester.Response suf = as(DemoIds.SUF_PHYSIOTHERAPIST)
			.document("query($id: ID!) { family(id: $id) { measures { category kind yearlyCostDkk } } }")
			.variable("id", FAMILY)
			.execute();
		suf.errors().filter((error) -> !"HEALTH".equals(error.getExtensions().get("category"))).verify();
		suf.path("family.measures[?(@.category == 'HEALTH')].kind")
			.entityList(String.class)
			.satisfies((kinds) -> assertThat(kinds).isNotEmpty().allMatch(HEALTH_KINDS::contains));
	}

	@Test
	void aliasesOfADeniedFieldAreEachDenied() {
		GraphQlTester.Response response = bif("query($id: ID!) { family(id: $id) { measures { category "
				+ "a: kind b: kind cost: yearlyCostDkk } } }");
		assertHealthWithheld(response);
	}

	@Test
	void namedInlineAndNestedFragmentsAreDenied() {
		GraphQlTester.Response response = bif("query($id: ID!) { family(id: $id) { ...F } } "
				+ "fragment F on Family { measures { category ...M ... on Measure { legalBasis } } } "
				+ "fragment M on Measure { kind ...N } fragment N on Measure { yearlyCostDkk }");
		assertHealthWithheld(response);
	}

	@Test
	void listsKeepTheirOtherElementsAndTheParentSurvives() {
		GraphQlTester.Response response = bif("query($id: ID!) { family(id: $id) { id measures { category kind } } }");
		response.errors().filter((error) -> "CONSENT_REQUIRED".equals(error.getExtensions().get("code"))).verify();
		response.path("family.id").entity(String.class).isEqualTo(FAMILY);
		response.path("family.measures[?(@.category == 'EMPLOYMENT')].kind")
			.entityList(String.class)
			.satisfies((kinds) -> assertThat(kinds).isNotEmpty().doesNotContainNull());
	}

	@Test
	void nestedPathsThroughConsentsAndUnionsAreDenied() {
		// BUF on the family whose consent was withdrawn: the subjects' CPR through
		// consents, and through `me`. (The grantors are FAMILY_RELATIONS data, null as a
		// whole for BUF here: the subjects, the mother among them, are the route.)
		GraphQlTester.Response response = as(DemoIds.BUF_HEALTH_VISITOR)
			.document("query($id: ID!) { family(id: $id) { consents { subjects { firstName cpr } } } "
					+ "me { ... on ProfessionalCaller { families { edges { node { id members { cpr } } } } } } }")
			.variable("id", DemoIds.FAMILY_CONSENT_WITHDRAWN)
			.execute();
		response.errors().satisfy((errors) -> {
			assertThat(errors).anyMatch((error) -> error.getPath().startsWith("family.consents")
					&& "WITHDRAWN".equals(error.getExtensions().get("reason")));
			assertThat(errors).anyMatch((error) -> error.getPath().startsWith("me.families"));
			assertThat(errors).allMatch((error) -> "CONSENT_REQUIRED".equals(error.getExtensions().get("code")));
		});
		response.path("family.consents[*].subjects[*].cpr")
			.entityList(Object.class)
			.satisfies((cprs) -> assertThat(cprs).containsOnlyNulls());
		response.path("family.consents[*].subjects[*].firstName")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).isNotEmpty().doesNotContainNull());
	}

	@Test
	void theRawResponseCarriesNoHiddenValueNotEvenInErrors() {
		String token = token("{\"professionalId\":\"" + DemoIds.BIF_JOB_CASEWORKER + "\"}");
		String query = "{ family(id: \\\"" + FAMILY + "\\\") { measures { category kind legalBasis member { id } } } }";
		HttpResponse<String> response = post("/graphql", "{\"query\":\"" + query + "\"}", token);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"withheld\"").contains("\"category\":\"HEALTH\"");
		HEALTH_KINDS.forEach((kind) -> assertThat(response.body()).doesNotContain(kind));
		assertThat(response.body()).doesNotContain("Sundhedsloven").doesNotContain("Exception").doesNotContain("dk.kk");
	}

	@Test
	void mutationPayloadsAreGuardedToo() {
		// A family whose consent leaves out IDENTITY: BUF's support-team member may
		// change
		// the family (CONTACT) but reads no CPR number in what the change returns.
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Uden Cpr");
		family.consentSinceYesterday(sof, FamilyFixture.allCategoriesBut("IDENTITY"));
		HttpGraphQlTester buf = as(DemoIds.BUF_SUPPORT_HEALTH_VISITOR);
		long version = TestCourses.version(buf, family.familyId);
		GraphQlTester.Response response = buf
			.document("mutation($input: UpdateFamilyInput!) { updateFamily(input: $input) { family { name "
					+ "members { firstName cpr phone } } } }")
			.variable("input", Map.of("id", family.familyId, "expectedVersion", version))
			.execute();
		response.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allMatch((error) -> "CONSENT_REQUIRED".equals(error.getExtensions().get("code"))));
		response.path("updateFamily.family.members[*].cpr")
			.entityList(Object.class)
			.satisfies((cprs) -> assertThat(cprs).containsOnlyNulls());
	}

	@Test
	void introspectionNeedsAuthenticationAndSuggestsNothing() {
		String introspection = "{\"query\":\"{ __schema { types { name } } }\"}";
		assertThat(post("/graphql", introspection, null).statusCode()).isEqualTo(401);
		as(DemoIds.BIF_JOB_CASEWORKER).document("{ __type(name: \"Member\") { fields { name } } }")
			.execute()
			.path("__type.fields[*].name")
			.entityList(String.class)
			.contains("cpr");
		rejected(as(DemoIds.BIF_JOB_CASEWORKER).document("{ family(id: \"fam-002\") { members { cpr_ } } }"),
				"BAD_USER_INPUT",
				(error) -> !error.getMessage().contains("Did you mean") && !error.getMessage().contains("cpr'"));
	}

	@Test
	void thereIsNoNodeLookupAroundTheFamilyScope() {
		rejected(as(DemoIds.NO_TEAM_PROFESSIONAL).document("{ node(id: \"fam-001\") { id } }"), "BAD_USER_INPUT");
	}

	@Test
	void getNeverExecutesAMutation() {
		String token = token("{\"professionalId\":\"" + DemoIds.SUPPORT_COORDINATOR + "\"}");
		String mutation = "mutation { createProfessional(input: {name: \"Via GET\", administration: SOF, "
				+ "role: SPECIALIST, title: \"x\"}) { professional { id } } }";
		HttpResponse<String> response = get("/graphql?query=" + URLEncoder.encode(mutation, StandardCharsets.UTF_8),
				token);
		assertThat(response.body()).doesNotContain("\"professional\":{\"id\"");
		as(DemoIds.SUPPORT_COORDINATOR)
			.document("{ professionals(first: 10, text: \"Via GET\") { edges { node { id } } } }")
			.execute()
			.path("professionals.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	private GraphQlTester.Response bif(String document) {
		return as(DemoIds.BIF_JOB_CASEWORKER).document(document).variable("id", FAMILY).execute();
	}

	/**
	 * Every health measure's listed fields are null with one CONSENT_REQUIRED error each,
	 * and nothing else.
	 */
	/**
	 * The health measures are withheld whole: no row, no blanked field, no error naming
	 * them.
	 */
	@Test
	void theConsentToAskForNamesWhoGrantsItOnlyToWhomMayReadTheMembersAgeAndCustody() {
		// fam-003 withdrew its consent: KFF reads names and roles only, so who would
		// grant a consent (custody holders, or a member aged 15 or more) is not told.
		GraphQlTester.Response withdrawn = as(DemoIds.KFF_BRIDGE_BUILDER).documentName("access/familyMyAccess")
			.variable("id", DemoIds.FAMILY_CONSENT_WITHDRAWN)
			.execute();
		withdrawn.errors().filter((error) -> "CONSENT_REQUIRED".equals(error.getExtensions().get("code"))).verify();
		List<Object> grantors = withdrawn.path("family.myAccess[*].categories[*].wouldBePermittedBy.grantors[*]")
			.entityList(Object.class)
			.get();
		assertThat(grantors).isEmpty();

		// fam-002's consent leaves out HEALTH only: BIF reads age and custody, and is
		// told.
		as(DemoIds.BIF_JOB_CASEWORKER).documentName("access/familyMyAccess")
			.variable("id", DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH)
			.execute()
			.path("family.myAccess[*].categories[?(@.category == 'HEALTH')].wouldBePermittedBy.grantors[*].id")
			.entityList(String.class)
			.contains(DemoIds.memberId(DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH, 1));
	}

	@Test
	void whoseVoiceThePlanLacksTellsTheChildrensAgeOnlyToThoseWhoMayReadIt() {
		// Who is flagged, and why, follows the children's ages (a child under six is not
		// listed, one from ten is OLDER_CHILD): a caller who may read the plan but not
		// the members' age is told neither, while who has no voice yet is the plan's.
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Uden Alder");
		family.consentSinceYesterday(sof, FamilyFixture.allCategoriesBut("IDENTITY"));
		TestCourses.startPlan(sof, family.familyId, "g-ro", "Mor har ro om morgenen", "SOF");
		String voices = "query($id: ID!) { family(id: $id) { plan { membersWithoutVoice { id } "
				+ "missingVoices { reason member { id } } } members { age } } }";

		GraphQlTester.Response owner = sof.document(voices).variable("id", family.familyId).execute();
		owner.errors().verify();
		owner.path("family.plan.missingVoices[*].reason").entityList(String.class).containsExactly("MOTHER", "CHILD");

		GraphQlTester.Response buf = as(DemoIds.BUF_HEALTH_VISITOR).document(voices)
			.variable("id", family.familyId)
			.execute();
		buf.errors().satisfy((errors) -> assertThat(errors).isNotEmpty().allSatisfy((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "CONSENT_REQUIRED")
				.containsEntry("category", "IDENTITY");
			assertThat(error.getPath()).matches("family\\.(plan\\.missingVoices|members\\[\\d+]\\.age)");
		}).anySatisfy((error) -> assertThat(error.getPath()).isEqualTo("family.plan.missingVoices")));
		buf.path("family.plan.missingVoices").valueIsNull();
		buf.path("family.plan.membersWithoutVoice[*].id")
			.entityList(String.class)
			.containsExactly(family.motherId, family.childId);
		assertThat(buf.returnResponse().toString()).doesNotContain("CHILD").doesNotContain("MOTHER");
	}

	@Test
	void whoGaveAConsentIsToldOnlyToThoseWhoMayReadTheFamilysRelations() {
		// Who may grant follows custody and age (custody holders for a child under 15, a
		// young person from 15 for themselves), so the grantors named tell who holds
		// custody: empty, with CONSENT_REQUIRED, for a caller who may not read it. Two
		// families whose consents leave out FAMILY_RELATIONS: the mother
		// grants for herself and her child of eight; a mother and her son of sixteen
		// grant each for themselves. BUF is answered the same for both.
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture byTheMother = FamilyFixture.create(sof, "Familien Uden Relationer");
		byTheMother.consentSinceYesterday(sof, FamilyFixture.allCategoriesBut("FAMILY_RELATIONS"));
		TestCourses.Created byBoth = TestCourses
			.create(sof, Map.of("name", "Familien Uden Relationer To", "district", "NORREBRO", "members",
					List.of(Map.of("firstName", "Mona", "lastName", "Matrix", "role", "MOTHER", "custodyHolder", true),
							Map.of("firstName", "Milo", "lastName", "Matrix", "role", "CHILD", "birthDate",
									LocalDate.now(MovableClock.COPENHAGEN).minusYears(16).toString()))));
		TestCourses.addToTeam(sof, byBoth.familyId(), DemoIds.BUF_HEALTH_VISITOR);
		LocalDate yesterday = LocalDate.now(MovableClock.COPENHAGEN).minusDays(1);
		TestCourses.recordConsent(sof,
				Map.of("familyId", byBoth.familyId(), "grantorIds", byBoth.memberIds(), "subjectIds",
						byBoth.memberIds(), "provisions",
						List.of(Map.of("recipients", List.of("SOF", "BIF", "BUF", "SUF", "KFF"), "categories",
								FamilyFixture.allCategoriesBut("FAMILY_RELATIONS"))),
						"period", Map.of("from", yesterday.toString()), "signedOn", yesterday.toString(),
						"signatureMethod", "MITID", "documentReference", "MitID-SIGN-2"));
		String grantors = "query($id: ID!) { family(id: $id) { consents { status "
				+ "grantors { id firstName } history { grantors { id } } } } }";

		GraphQlTester.Response first = as(DemoIds.BUF_HEALTH_VISITOR).document(grantors)
			.variable("id", byTheMother.familyId)
			.execute();
		first.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "CONSENT_REQUIRED")
				.containsEntry("category", "FAMILY_RELATIONS")
				.containsEntry("reason", "NOT_COVERED");
			assertThat(error.getPath()).isEqualTo("family.consents[0].grantors");
		}));
		first.path("family.consents[0].grantors").entityList(Object.class).hasSize(0);
		GraphQlTester.Response second = as(DemoIds.BUF_HEALTH_VISITOR).document(grantors)
			.variable("id", byBoth.familyId())
			.execute();
		assertThat(second.returnResponse().toMap()).isEqualTo(first.returnResponse().toMap());

		// SOF holds the members' relations as its own, and is told.
		sof.document(grantors)
			.variable("id", byTheMother.familyId)
			.execute()
			.path("family.consents[0].grantors[*].id")
			.entityList(String.class)
			.containsExactly(byTheMother.motherId);
		sof.document(grantors)
			.variable("id", byBoth.familyId())
			.execute()
			.path("family.consents[0].grantors[*].id")
			.entityList(String.class)
			.containsExactly(byBoth.memberIds().toArray(String[]::new));
	}

	@Test
	void whoGaveAConsentIsNotToldToWhomMayReadRelationsButNotAge() {
		// The grantors also tell whether a subject is under 15 (the mother granted for
		// her child): a caller who may read the relations but not the members' age is
		// told neither.
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Uden Alder For Samtykket");
		family.consentSinceYesterday(sof, FamilyFixture.allCategoriesBut("IDENTITY"));
		GraphQlTester.Response seen = as(DemoIds.BUF_HEALTH_VISITOR).documentName("access/consentGrantors")
			.variable("id", family.familyId)
			.execute();
		seen.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allSatisfy((error) -> assertThat(error.getExtensions()).containsEntry("code", "CONSENT_REQUIRED")
					.containsEntry("category", "IDENTITY")));
		seen.path("family.consents[0].grantors").entityList(Object.class).hasSize(0);
		sof.documentName("access/consentGrantors")
			.variable("id", family.familyId)
			.execute()
			.path("family.consents[0].grantors[*].id")
			.entityList(String.class)
			.containsExactly(family.motherId);
	}

	@Test
	void aWithdrawnConsentDoesNotTellWhoHoldsCustodyThroughItsGrantors() {
		// The attack on the demo data: fam-003 withdrew its consent, so BUF reads neither
		// the children's age nor the custody, and no longer the grantors that tell both.
		GraphQlTester.Response response = as(DemoIds.BUF_HEALTH_VISITOR).documentName("access/consentGrantors")
			.variable("id", DemoIds.FAMILY_CONSENT_WITHDRAWN)
			.execute();
		response.errors()
			.satisfy((errors) -> assertThat(errors)
				.filteredOn((error) -> error.getPath().matches("family\\.consents\\[\\d+]\\.grantors"))
				.isNotEmpty()
				.allSatisfy((error) -> assertThat(error.getExtensions()).containsEntry("code", "CONSENT_REQUIRED")
					.containsEntry("category", "FAMILY_RELATIONS")
					.containsEntry("reason", "WITHDRAWN")));
		response.path("family.consents[*].id").entityList(String.class).hasSizeGreaterThan(0);
		response.path("family.consents[*].grantors[*]").entityList(Object.class).hasSize(0);
		response.path("family.members[*].custodyHolder")
			.entityList(Object.class)
			.satisfies((custody) -> assertThat(custody).isNotEmpty().containsOnlyNulls());
		response.path("family.myAccess[*].categories[*].wouldBePermittedBy.grantors[*]")
			.entityList(Object.class)
			.hasSize(0);
	}

	private static void assertHealthWithheld(GraphQlTester.Response response) {
		response.errors()
			.satisfy((errors) -> assertThat(errors)
				.noneMatch((error) -> "HEALTH".equals(error.getExtensions().get("category"))
						|| error.getMessage().contains("ALCOHOL")));
		response.path("family.measures[?(@.category == 'HEALTH')]").entityList(Object.class).hasSize(0);
		response.path("family.measures[*].category")
			.entityList(String.class)
			.satisfies((categories) -> assertThat(categories).isNotEmpty().doesNotContain("HEALTH"));
	}

}
