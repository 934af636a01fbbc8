package dk.kk.hfi.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.access.FamilyFixture;
import dk.kk.hfi.demo.DemoIds;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording, changing and withdrawing consents: versions, capacity and immediate effect.
 */
@SuppressWarnings("unchecked")
class ConsentMutationTests extends GraphQlTestSupport {

	@Test
	void childUnder15NeedsEveryCustodyHolderAndAYoungPersonOf15GrantsForThemselves() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		Map<String, Object> family = createFamily(sof);
		String familyId = (String) family.get("id");
		List<String> members = memberIds(family);
		String mother = members.get(0);
		String father = members.get(1);
		String child = members.get(2);
		String teenager = members.get(3);

		expectBadInput(sof.documentName("consent/recordConsent")
			.variable("input", consent(familyId, List.of(mother), List.of(child))), "every custody holder");
		expectBadInput(
				sof.documentName("consent/recordConsent")
					.variable("input", consent(familyId, List.of(mother, father), List.of(teenager))),
				"must grant consent for their own data");
		expectBadInput(sof.documentName("consent/recordConsent")
			.variable("input", consent(familyId, List.of(child), List.of(child))), "under 15");
		expectBadInput(sof.documentName("consent/recordConsent")
			.variable("input", consent(familyId, List.of("nobody"), List.of(child))), "not a member");

		GraphQlTester.Response joint = sof.documentName("consent/recordConsent")
			.variable("input", consent(familyId, List.of(mother, father), List.of(mother, father, child)))
			.execute();
		joint.errors().verify();
		joint.path("recordConsent.consent.status").entity(String.class).isEqualTo("ACTIVE");
		sof.documentName("consent/recordConsent")
			.variable("input", consent(familyId, List.of(teenager), List.of(teenager)))
			.execute()
			.path("recordConsent.consent.version")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void aChangeMakesANewVersionKeepsHistoryAndAStaleChangeConflicts() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		Map<String, Object> family = createFamily(sof);
		List<String> members = memberIds(family);
		String consentId = sof.documentName("consent/recordConsent")
			.variable("input", consent((String) family.get("id"), List.of(members.get(0)), List.of(members.get(0))))
			.execute()
			.path("recordConsent.consent.id")
			.entity(String.class)
			.get();
		GraphQlTester.Response changed = sof.documentName("consent/changeConsent")
			.variable("input", Map.of("consentId", consentId, "expectedVersion", 1, "documentReference", "SBSYS-2"))
			.execute();
		changed.path("changeConsent.consent.version").entity(Integer.class).isEqualTo(2);
		changed.path("changeConsent.consent.history[0].version").entity(Integer.class).isEqualTo(1);
		changed.path("changeConsent.consent.history[0].documentReference").entity(String.class).isEqualTo("SBSYS-1");
		rejected(sof.documentName("consent/changeConsent")
			.variable("input", Map.of("consentId", consentId, "expectedVersion", 1, "documentReference", "lost")),
				"CONFLICT");
	}

	@Test
	void withdrawalTakesEffectOnTheVeryNextRequest() {
		HttpGraphQlTester sof = as(DemoIds.SUPPORT_COORDINATOR);
		String familyId = familyWhereSofSeesHealthByConsent(sof);
		sof.documentName("consent/familyMeasures")
			.variable("id", familyId)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors)
				.noneMatch((error) -> "HEALTH".equals(error.getExtensions().get("category"))));

		List<Map<String, Object>> active = objects(
				sof.documentName("consent/family").variable("id", familyId).execute(), "family.consents")
			.stream()
			.filter((consent) -> "ACTIVE".equals(consent.get("status")))
			.toList();
		assertThat(active).isNotEmpty();
		for (Map<String, Object> consent : active) {
			sof.documentName("consent/withdrawalTakesEffectOnTheVeryNextRequest")
				.variable("id", consent.get("id"))
				.variable("v", consent.get("version"))
				.execute()
				.path("withdrawConsent.consent.status")
				.entity(String.class)
				.isEqualTo("ACTIVE");
		}
		// The health measures are withheld whole from the next request on, with one
		// notice saying why.
		GraphQlTester.Response after = sof.documentName("consent/familyMeasures").variable("id", familyId).execute();
		after.path("family.measures[?(@.category == 'HEALTH')]").entityList(Object.class).hasSize(0);
		after.path("family.withheld[?(@.category == 'HEALTH')].reason")
			.entityList(String.class)
			.containsExactly("WITHDRAWN");
	}

	/** A family, not used by other tests, with health measures SOF sees by consent. */
	private String familyWhereSofSeesHealthByConsent(HttpGraphQlTester sof) {
		Set<String> reserved = Set.of(DemoIds.FAMILY_FULL_CONSENT, DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH,
				DemoIds.FAMILY_CONSENT_WITHDRAWN, DemoIds.FAMILY_CONSENT_EXPIRED, DemoIds.FAMILY_NO_CONSENT, "fam-010");
		GraphQlTester.Response response = sof.documentName("consent/familyWhereSofSeesHealthByConsent").execute();
		response.errors().filter((error) -> "CONSENT_REQUIRED".equals(error.getExtensions().get("code"))).verify();
		for (Map<String, Object> family : objects(response, "families.edges[*].node")) {
			List<Map<String, Object>> measures = (List<Map<String, Object>>) family.get("measures");
			boolean visibleHealth = measures.stream()
				.anyMatch((measure) -> "HEALTH".equals(measure.get("category")) && measure.get("kind") != null);
			if (visibleHealth && !reserved.contains(family.get("id"))) {
				return (String) family.get("id");
			}
		}
		throw new AssertionError("The demo data has no family where SOF sees health measures by consent");
	}

	@Test
	void nobodyWritesAConsentNoteTheyCouldNotReadBackButEveryoneAllowedMayWithdraw() {
		// The family withdrew SOCIAL_CASE_CHILD for BUF: the consent's notes (what the
		// family said, the document reference) are that data, so BUF writes none; the
		// withdrawal itself stays the family's right.
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Noter");
		String consentId = family.consentSinceYesterday(sof, FamilyFixture.ALL_CATEGORIES);
		withdraw(sof, consentId, 1, "categories: [SOCIAL_CASE_CHILD], recipients: [BUF]").errors().verify();

		HttpGraphQlTester buf = as(DemoIds.BUF_HEALTH_VISITOR);
		for (String withdrawal : List.of("categories: [LEISURE], recipients: [BUF], note: \"Fritid er privat\"",
				"note: \"Vi trækker samtykket tilbage\"")) {
			withdraw(buf, consentId, 2, withdrawal).errors()
				.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code"))
						&& "SOCIAL_CASE_CHILD".equals(error.getExtensions().get("category")))
				.verify();
		}
		// Permission before validation: with a stale version or a date in the future too.
		for (String invalid : List.of("note: \"Vi trækker samtykket tilbage\"",
				"note: \"Vi trækker samtykket tilbage\", saidOn: \"2999-01-01\"")) {
			withdraw(buf, consentId, (invalid.contains("saidOn")) ? 2 : 99, invalid).errors()
				.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code"))
						&& "SOCIAL_CASE_CHILD".equals(error.getExtensions().get("category")))
				.verify();
		}
		HttpGraphQlTester bufSupport = as(DemoIds.BUF_SUPPORT_HEALTH_VISITOR);
		rejected(
				bufSupport.documentName("consent/changeConsent")
					.variable("input", Map.of("consentId", consentId, "expectedVersion", 2, "documentReference", "")),
				"FORBIDDEN", (error) -> "SOCIAL_CASE_CHILD".equals(error.getExtensions().get("category")));
		Map<String, Object> another = new java.util.HashMap<>(
				consent(family.familyId, List.of(family.motherId), List.of(family.motherId)));
		another.put("draft", true);
		rejected(bufSupport.documentName("consent/recordConsent").variable("input", another), "FORBIDDEN",
				(error) -> "SOCIAL_CASE_CHILD".equals(error.getExtensions().get("category")));
		sof.documentName("consent/family")
			.variable("id", family.familyId)
			.execute()
			.path("family.consents[*].version")
			.entityList(Integer.class)
			.containsExactly(2);

		// Without a note the withdrawal goes through, and so does a consent without a
		// document reference.
		withdraw(buf, consentId, 2, "categories: [LEISURE], recipients: [BUF]")
			.path("withdrawConsent.consent.partialWithdrawals")
			.entityList(Object.class)
			.hasSize(2);
		another.remove("documentReference");
		bufSupport.documentName("consent/recordConsent")
			.variable("input", another)
			.execute()
			.path("recordConsent.consent.version")
			.entity(Integer.class)
			.isEqualTo(1);
		sof.document("query($id: ID!) { family(id: $id) { consents { version documentReference "
				+ "partialWithdrawals { note } } } }")
			.variable("id", family.familyId)
			.execute()
			.path("family.consents[*].version")
			.entityList(Integer.class)
			.satisfies((versions) -> assertThat(versions).containsExactlyInAnyOrder(3, 1))
			.path("family.consents[?(@.version == 3)].documentReference")
			.entityList(String.class)
			.containsExactly("MitID-SIGN-1")
			.path("family.consents[?(@.version == 3)].partialWithdrawals[*].note")
			.entityList(Object.class)
			.satisfies((notes) -> assertThat(notes).hasSize(2).containsOnlyNulls());
	}

	private static GraphQlTester.Response withdraw(HttpGraphQlTester caller, String consentId, int version,
			String withdrawal) {
		return caller
			.document("mutation($id: ID!, $v: Int!) { withdrawConsent(input: { consentId: $id, expectedVersion: $v, "
					+ withdrawal + " }) { consent { version partialWithdrawals { saidOn } } } }")
			.variable("id", consentId)
			.variable("v", version)
			.execute();
	}

	@Test
	void partnerClientsCannotRecordConsents() {
		rejected(asClient("kff-fritidsbooking").documentName("consent/recordConsent")
			.variable("input", consent(DemoIds.FAMILY_NO_CONSENT, List.of("x"), List.of("x"))), "FORBIDDEN");
	}

	private static void expectBadInput(GraphQlTester.Request<?> request, String message) {
		request.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains(message) && !error.getMessage().contains("Konsent"))
			.verify();
	}

	private static Map<String, Object> consent(String familyId, List<String> grantors, List<String> subjects) {
		return Map.of("familyId", familyId, "grantorIds", grantors, "subjectIds", subjects, "provisions",
				List.of(Map.of("recipients", List.of("BUF", "KFF"), "categories", List.of("SCHOOL", "LEISURE"))),
				"period", Map.of("from", LocalDate.now(MovableClock.COPENHAGEN).toString()), "signedOn",
				LocalDate.now(MovableClock.COPENHAGEN).toString(), "signatureMethod", "WRITTEN", "documentReference",
				"SBSYS-1");
	}

	private static Map<String, Object> createFamily(HttpGraphQlTester sof) {
		Map<String, Object> input = Map.of("name", "Familien Konsent", "district", "BISPEBJERG", "members",
				List.of(Map.of("firstName", "Kamma", "lastName", "Konsent", "role", "MOTHER", "custodyHolder", true,
						"birthDate", "1984-03-01"),
						Map.of("firstName", "Kurt", "lastName", "Konsent", "role", "FATHER", "custodyHolder", true,
								"livesInHousehold", false, "birthDate", "1980-05-05"),
						Map.of("firstName", "Kim", "lastName", "Konsent", "role", "CHILD", "birthDate",
								LocalDate.now(MovableClock.COPENHAGEN).minusYears(9).toString()),
						Map.of("firstName", "Karla", "lastName", "Konsent", "role", "CHILD", "birthDate",
								LocalDate.now(MovableClock.COPENHAGEN).minusYears(16).toString())));
		return sof.documentName("consent/createFamily")
			.variable("input", input)
			.execute()
			.path("createFamily.family")
			.entity(Map.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<String> memberIds(Map<String, Object> family) {
		return ((List<Map<String, Object>>) family.get("members")).stream()
			.map((member) -> (String) member.get("id"))
			.toList();
	}

}
