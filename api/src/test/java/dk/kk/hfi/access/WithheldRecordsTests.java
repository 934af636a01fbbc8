package dk.kk.hfi.access;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.demo.DemoClient;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records whose existence is personal data are withheld whole: every administration,
 * under every consent state, lists exactly the measures it may read (compared with what
 * their owners recorded), and the notice in their place is the same whether or not such
 * records exist.
 */
class WithheldRecordsTests extends GraphQlTestSupport {

	/**
	 * Kind, owner and category of the measures each fixture family gets: one per owning
	 * administration.
	 */
	private static final List<List<String>> MEASURES = List.of(List.of("FAMILY_TREATMENT", "SOF", "SOCIAL_CASE_CHILD"),
			List.of("MENTOR", "BIF", "EMPLOYMENT"), List.of("HEALTH_CONVERSATION", "SUF", "HEALTH"),
			List.of("LEISURE_BRIDGING", "KFF", "LEISURE"));

	private static final Set<String> PARTIAL_EXCLUDES = Set.of("FINANCE", "HEALTH", "SCHOOL");

	enum State {

		NONE, ACTIVE, PARTIAL

	}

	@Test
	void everyAdministrationListsExactlyTheMeasuresItMayReadUnderEveryConsentState() {
		List<String> mismatches = new ArrayList<>();
		for (State state : State.values()) {
			HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
			FamilyFixture family = FamilyFixture.create(sof, "Familien Skjult " + state);
			recordMeasures(family);
			switch (state) {
				case NONE -> {
				}
				case ACTIVE -> family.consentSinceYesterday(sof, FamilyFixture.ALL_CATEGORIES);
				case PARTIAL -> family.recordConsent(sof, FamilyFixture.allCategoriesBut("FINANCE"),
						List.of(Map.of("categories", List.of("HEALTH", "SCHOOL"))),
						LocalDate.now(MovableClock.COPENHAGEN).minusDays(1), null);
			}
			for (Map.Entry<String, String> member : FamilyFixture.TEAM.entrySet()) {
				String administration = member.getKey();
				GraphQlTester.Response response = as(member.getValue()).documentName("access/familyMeasuresWithheld")
					.variable("id", family.familyId)
					.execute();
				response.errors().verify();
				Set<String> seen = new HashSet<>(
						response.path("family.measures[*].category").entityList(String.class).get());
				Set<String> expected = new HashSet<>();
				for (List<String> measure : MEASURES) {
					if (readable(administration, measure.get(1), measure.get(2), state)) {
						expected.add(measure.get(2));
					}
				}
				if (!seen.equals(expected)) {
					mismatches.add(administration + " " + state + ": saw " + seen + ", expected " + expected);
				}
				Set<String> notices = new HashSet<>(
						response.path("family.withheld[*].category").entityList(String.class).get());
				for (List<String> measure : MEASURES) {
					boolean noticed = notices.contains(measure.get(2));
					if (noticed == readable(administration, measure.get(1), measure.get(2), state)
							&& !measure.get(1).equals(administration)) {
						mismatches.add(administration + " " + state + ": notice for " + measure.get(2) + " " + noticed);
					}
				}
			}
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void theNoticeIsTheSameWhetherOrNotHiddenRecordsExist() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture withHealth = FamilyFixture.create(sof, "Familien Med Helbred");
		FamilyFixture without = FamilyFixture.create(sof, "Familien Uden Helbred");
		recordMeasures(withHealth);
		String token = token("{\"professionalId\":\"" + DemoIds.BIF_JOB_CASEWORKER + "\"}");
		JsonNode a = read(withHealth.familyId, token);
		JsonNode b = read(without.familyId, token);
		assertThat(a.path("data").path("family").path("withheld"))
			.isEqualTo(b.path("data").path("family").path("withheld"));
		assertThat(withoutFamilyIds(a.path("extensions").path("withheld")))
			.isEqualTo(withoutFamilyIds(b.path("extensions").path("withheld")))
			.contains("HEALTH:NO_CONSENT");
		assertThat(a.path("errors").isMissingNode()).isTrue();
	}

	@Test
	void theNoticesInPlaceOfMeasuresNameOnlyCategoriesAMeasureMayCarry() {
		FamilyFixture family = FamilyFixture.create(as(DemoIds.SOF_CASEWORKER), "Familien Kun Indsatser");
		String token = token("{\"professionalId\":\"" + DemoIds.BIF_JOB_CASEWORKER + "\"}");
		HttpResponse<String> response = post("/graphql",
				"{\"query\":\"query($id: ID!) { family(id: $id) { measures { id } } measureCatalogue { category } }\","
						+ "\"variables\":{\"id\":\"" + family.familyId + "\"}}",
				token);
		JsonNode body = JsonMapper.builder().build().readTree(response.body());
		Set<String> measureCategories = new HashSet<>();
		body.path("data")
			.path("measureCatalogue")
			.forEach((kind) -> measureCategories.add(kind.path("category").asString()));
		List<String> noticed = new ArrayList<>();
		body.path("extensions").path("withheld").forEach((notice) -> noticed.add(notice.path("category").asString()));
		// Without a consent BIF reads only its own category of them, EMPLOYMENT; no
		// notice
		// names a category no measure carries (FINANCE, SCHOOL, PLAN, ...).
		assertThat(measureCategories).containsExactlyInAnyOrder("SOCIAL_CASE_CHILD", "SOCIAL_CASE_ADULT", "EMPLOYMENT",
				"HEALTH", "LEISURE");
		assertThat(noticed).containsExactlyInAnyOrder("SOCIAL_CASE_CHILD", "SOCIAL_CASE_ADULT", "HEALTH", "LEISURE");
	}

	@Test
	void aPartnerClientGetsOneNoticePerCategoryNotAnErrorPerRecord() {
		String token = token("{\"clientId\":\"" + DemoClient.KFF_LEISURE_BOOKING + "\"}");
		String families = "{ families(first: 20) { edges { node { measures { kind } registerObservations { kind } } } } }";
		HttpResponse<String> response = post("/graphql", "{\"query\":\"" + families + "\"}", token);
		JsonNode body = JsonMapper.builder().build().readTree(response.body());
		List<String> notices = new ArrayList<>();
		body.path("extensions")
			.path("withheld")
			.forEach((notice) -> notices
				.add(notice.path("familyId").asString() + ":" + notice.path("category").asString()));
		assertThat(notices).isNotEmpty().doesNotHaveDuplicates();
		// Categories outside the client's fixed grant are NOT_GRANTED whatever the
		// family's consent says.
		body.path("extensions").path("withheld").forEach((notice) -> {
			if (!Set.of("BASIC_IDENTITY", "CONTACT", "LEISURE").contains(notice.path("category").asString())) {
				assertThat(notice.path("reason").asString()).isEqualTo("NOT_GRANTED");
			}
		});
		assertThat(body.path("errors").isMissingNode()).isTrue();
	}

	/** Owners read their own measures; others by the consent of the state. */
	private static boolean readable(String administration, String owner, String category, State state) {
		if (administration.equals(owner)) {
			return true;
		}
		return switch (state) {
			case NONE -> false;
			case ACTIVE -> true;
			case PARTIAL -> !PARTIAL_EXCLUDES.contains(category);
		};
	}

	private void recordMeasures(FamilyFixture family) {
		for (List<String> measure : MEASURES) {
			Map<String, Object> input = new java.util.HashMap<>(
					Map.of("familyId", family.familyId, "memberId", family.motherId, "kind", measure.get(0), "period",
							Map.of("from", LocalDate.now(MovableClock.COPENHAGEN).minusDays(20).toString())));
			if (measure.get(0).equals("LEISURE_BRIDGING")) {
				input.put("leisure", Map.of("activity", "Svømning", "provider", "Nørrebro Svømmeklub", "trialLessons",
						2, "paidDkk", 450, "retained", true));
			}
			as(FamilyFixture.TEAM.get(measure.get(1))).documentName("access/recordMeasure")
				.variable("input", input)
				.execute()
				.errors()
				.verify();
		}
	}

	private JsonNode read(String familyId, String token) {
		HttpResponse<String> response = post("/graphql",
				"{\"query\":\"query($id: ID!) { family(id: $id) { measures "
						+ "{ id category kind } withheld { category reason } } }\",\"variables\":{\"id\":\"" + familyId
						+ "\"}}",
				token);
		return JsonMapper.builder().build().readTree(response.body());
	}

	private static List<String> withoutFamilyIds(JsonNode notices) {
		List<String> result = new ArrayList<>();
		notices.forEach(
				(notice) -> result.add(notice.path("category").asString() + ":" + notice.path("reason").asString()));
		return result;
	}

}
