package dk.kk.hfi.change;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.course.TestCourses;
import dk.kk.hfi.course.TestCourses.Referral;
import dk.kk.hfi.demo.DemoClient;
import dk.kk.hfi.demo.DemoIds;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change feed as partners and professionals read it: a withdrawal shows on its next
 * read, in order, a change of a category the partner is not granted is not listed at all,
 * and the change of a member's record is listed for exactly those who may read it.
 */
class ChangeFeedTests extends GraphQlTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MongoTemplate mongo;

	@Test
	void aPartnerSeesAWithdrawalButNotAChangeOfACategoryItIsNotGranted() {
		HttpGraphQlTester partner = asClient(DemoClient.BIF_JOB_CENTRE);
		String cursor = readToTheEnd(partner, null).cursor();
		// A cursor is its caller's: SUF reads on from its own, taken at the same point.
		HttpGraphQlTester suf = as(DemoIds.SUF_PHYSIOTHERAPIST);
		String sufCursor = readToTheEnd(suf, null).cursor();

		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		TestCourses.Created family = createFamily(support);
		String familyId = family.familyId();
		String consentId = consent(support, family);
		// A health measure: SUF's data, never granted to the job centre.
		recordHealthMeasure(family);
		support.documentName("change/aPartnerSeesAWithdrawalButNotAChangeOfACategoryItIsNotGranted")
			.variable("id", consentId)
			.execute()
			.errors()
			.verify();

		Feed after = readToTheEnd(partner, cursor);
		List<String> kinds = after.events()
			.stream()
			.filter((event) -> familyId.equals(event.get("familyId")))
			.map((event) -> (String) event.get("kind"))
			.toList();
		assertThat(kinds).contains("CONSENT", "WITHDRAWAL").doesNotContain("MEASURE");
		assertThat(kinds.indexOf("CONSENT")).isLessThan(kinds.indexOf("WITHDRAWAL"));
		// SUF, who owns the measure, sees its change.
		assertThat(readToTheEnd(suf, sufCursor).events()
			.stream()
			.filter((event) -> familyId.equals(event.get("familyId")))
			.map((event) -> event.get("kind"))
			.toList()).contains("MEASURE");
		assertThat(readToTheEnd(partner, after.cursor()).events()).isEmpty();
	}

	@Test
	void anEventTheCallerMayNotReadLeavesNoTraceInPageInfo() {
		HttpGraphQlTester bif = as(DemoIds.BIF_JOB_CASEWORKER);
		String start = readToTheEnd(bif, null).cursor();
		// A cursor is its caller's: SUF reads on from its own, taken at the same point.
		HttpGraphQlTester suf = as(DemoIds.SUF_PHYSIOTHERAPIST);
		String sufStart = readToTheEnd(suf, null).cursor();

		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		TestCourses.Created family = createFamily(support);
		String familyId = family.familyId();
		String yesterday = LocalDate.now(MovableClock.COPENHAGEN).minusDays(1).toString();
		TestCourses.recordConsent(support,
				Map.of("familyId", familyId, "grantorIds", List.of(family.memberIds().get(0)), "subjectIds",
						family.memberIds(), "provisions",
						List.of(Map.of("recipients", List.of("SOF", "BIF", "BUF", "SUF", "KFF"), "categories",
								List.of("BASIC_IDENTITY", "SOCIAL_CASE_CHILD", "EMPLOYMENT"))),
						"period", Map.of("from", yesterday), "signedOn", yesterday, "signatureMethod", "WRITTEN",
						"documentReference", "SBSYS-2026-8"));
		// The family's last change: a health measure, SUF's, which the consent does not
		// give BIF.
		recordHealthMeasure(family);
		assertThat(kindsOf(familyId, readToTheEnd(suf, sufStart).events())).endsWith("MEASURE");

		GraphQlTester.Response visible = page(bif, 100, start);
		List<Map<String, Object>> edges = objects(visible, "changes.edges");
		assertThat(kindsOf(familyId, edges.stream().map((edge) -> node(edge)).toList())).isNotEmpty()
			.doesNotContain("MEASURE");
		assertThat(edges).hasSizeGreaterThan(1);
		visible.path("changes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);

		String secondToLast = (String) edges.get(edges.size() - 2).get("cursor");
		GraphQlTester.Response lastPage = page(bif, 1, secondToLast);
		assertThat(objects(lastPage, "changes.edges[*].node")).containsExactly(node(edges.get(edges.size() - 1)));
		lastPage.path("changes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		lastPage.path("changes.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		GraphQlTester.Response after = page(bif, 1,
				lastPage.path("changes.pageInfo.endCursor").entity(String.class).get());
		assertThat(objects(after, "changes.edges")).isEmpty();
		after.path("changes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aPartnerPagesTheFeedWithTheRegisteredDocumentOfThePartnerGuide() throws IOException {
		String token = token("{\"clientId\":\"" + DemoClient.KFF_LEISURE_BOOKING + "\"}");
		// As the guide says: the document's hash, sha256sum of its exact bytes.
		String hash = sha256(documentedFeedDocument());

		// From the beginning: the demo families' changes take more than one page, every
		// page full but the last, in order across the cursors.
		List<JsonNode> pages = new ArrayList<>();
		String cursor = null;
		boolean more = true;
		while (more) {
			assertThat(pages).as("pages read").hasSizeLessThan(1000);
			JsonNode page = partnerPage(token, hash, cursor);
			pages.add(page);
			more = page.path("pageInfo").path("hasNextPage").booleanValue();
			cursor = endCursorOr(page, cursor);
		}
		assertThat(pages).hasSizeGreaterThan(1);
		pages.subList(0, pages.size() - 1)
			.forEach((page) -> assertThat(page.path("edges").size()).as("a page followed by another").isEqualTo(100));
		List<Instant> times = new ArrayList<>();
		pages.forEach((page) -> page.path("edges")
			.forEach((edge) -> times.add(OffsetDateTime.parse(edge.path("node").path("at").asString()).toInstant())));
		assertThat(times).isSorted();

		// A family without KFF on its core team does not exist for KFF's client: its
		// changes leave no trace, not even a cursor or hasNextPage.
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		Referral hidden = TestCourses.refer(support, "Familien Skjult", DemoIds.SOF_CASEWORKER,
				DemoIds.SUF_PHYSIOTHERAPIST);
		recordHealthMeasure(hidden.id(), hidden.mother());
		JsonNode nothingNew = partnerPage(token, hash, cursor);
		assertThat(nothingNew.path("edges").size()).isZero();
		assertThat(nothingNew.path("pageInfo").path("hasNextPage").booleanValue()).isFalse();
		assertThat(nothingNew.path("pageInfo").path("endCursor").isNull()).isTrue();

		// A family with KFF on its core team and a consent giving every administration
		// everything: its changes are listed, its leisure observation too (KFF's own,
		// granted), but not its health measure: the client is not granted HEALTH, which
		// no consent changes.
		Referral family = TestCourses.refer(support, "Familien Fritid", DemoIds.KFF_BRIDGE_BUILDER,
				DemoIds.SUF_PHYSIOTHERAPIST);
		String yesterday = LocalDate.now(MovableClock.COPENHAGEN).minusDays(1).toString();
		TestCourses.recordConsent(support,
				Map.of("familyId", family.id(), "grantorIds", List.of(family.mother(), family.father()), "subjectIds",
						family.memberIds(), "provisions",
						List.of(Map.of("recipients", List.of("SOF", "BIF", "BUF", "SUF", "KFF"), "categories",
								List.of("BASIC_IDENTITY", "CONTACT", "LEISURE", "HEALTH"))),
						"period", Map.of("from", yesterday), "signedOn", yesterday, "signatureMethod", "WRITTEN",
						"documentReference", "SBSYS-2026-9"));
		recordHealthMeasure(family.id(), family.mother());
		as(DemoIds.KFF_BRIDGE_BUILDER).documentName("assessment/recordRegisterObservation")
			.variable("input",
					Map.of("familyId", family.id(), "memberId", family.child(), "kind", "LEISURE_PARTICIPATION",
							"observedOn", LocalDate.now(MovableClock.COPENHAGEN).toString(), "leisureActive", true))
			.execute()
			.errors()
			.verify();
		JsonNode changed = partnerPage(token, hash, cursor);
		List<String> familyIds = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		changed.path("edges").forEach((edge) -> {
			familyIds.add(edge.path("node").path("familyId").asString());
			kinds.add(edge.path("node").path("kind").asString());
		});
		assertThat(familyIds).isNotEmpty().containsOnly(family.id());
		assertThat(kinds).contains("TEAM", "CONSENT", "REGISTER_OBSERVATION").doesNotContain("MEASURE");
		assertThat(kinds.indexOf("CONSENT")).isLessThan(kinds.indexOf("REGISTER_OBSERVATION"));
		assertThat(changed.path("pageInfo").path("hasNextPage").booleanValue()).isFalse();
		JsonNode afterThat = partnerPage(token, hash, endCursorOr(changed, null));
		assertThat(afterThat.path("edges").size()).isZero();
		assertThat(afterThat.path("pageInfo").path("hasNextPage").booleanValue()).isFalse();
	}

	@Test
	void aSupportTeamMemberSeesTheChangeOfAMembersRecordExactlyWhenTheyMayReadTheRecord() {
		HttpGraphQlTester coordinator = as(DemoIds.SUPPORT_COORDINATOR);
		HttpGraphQlTester psychologist = as(DemoIds.BUF_PSYCHOLOGIST);
		HttpGraphQlTester consultant = as(DemoIds.BIF_CONSULTANT);
		String coordinatorStart = readToTheEnd(coordinator, null).cursor();
		String psychologistStart = readToTheEnd(psychologist, null).cursor();
		String consultantStart = readToTheEnd(consultant, null).cursor();

		// The mother consents for herself only: her employment and health data to SOF,
		// her assessments to BIF.
		Referral family = TestCourses.refer(coordinator, "Familien Observation");
		String yesterday = LocalDate.now(MovableClock.COPENHAGEN).minusDays(1).toString();
		TestCourses.recordConsent(coordinator, Map.of("familyId", family.id(), "grantorIds", List.of(family.mother()),
				"subjectIds", List.of(family.mother()), "provisions",
				List.of(Map.of("recipients", List.of("SOF"), "categories",
						List.of("BASIC_IDENTITY", "EMPLOYMENT", "HEALTH")),
						Map.of("recipients", List.of("BIF"), "categories", List.of("BASIC_IDENTITY", "ASSESSMENT"))),
				"period", Map.of("from", yesterday), "signedOn", yesterday, "signatureMethod", "WRITTEN",
				"documentReference", "SBSYS-2026-10"));
		// BIF's representative on the support team records BIF's observation of the
		// mother, SUF's a health measure of hers.
		as(DemoIds.BIF_SUPPORT_JOB_CASEWORKER).documentName("assessment/recordRegisterObservation")
			.variable("input",
					Map.of("familyId", family.id(), "memberId", family.mother(), "kind", "INCOME_SUPPORT", "observedOn",
							LocalDate.now(MovableClock.COPENHAGEN).toString(), "incomeSupport", "KONTANTHJAELP",
							"source", "DREAM"))
			.execute()
			.errors()
			.verify();
		recordHealthMeasure(family.id(), family.mother());
		// The coordinator records SOF's assessment of the mother.
		coordinator.documentName("assessment/recordAssessment")
			.variable("input",
					Map.of("familyId", family.id(), "memberId", family.mother(), "kind", "BASELINE", "date",
							LocalDate.now(MovableClock.COPENHAGEN).toString(), "items",
							List.of(Map.of("item", "DEBT", "degree", "SOME"))))
			.execute()
			.errors()
			.verify();

		// The coordinator (SOF) reads the observation by the mother's consent; the
		// psychologist (BUF), without a consent for BUF, may not.
		observationCategories(coordinator, family.id()).containsExactly("EMPLOYMENT");
		observationCategories(psychologist, family.id()).isEmpty();

		// So the coordinator sees the changes of the mother's records on the feed, and
		// the psychologist only what everyone who sees the family may know.
		assertThat(kindsOf(family.id(), readToTheEnd(coordinator, coordinatorStart).events())).contains("CONSENT",
				"REGISTER_OBSERVATION", "MEASURE");
		assertThat(kindsOf(family.id(), readToTheEnd(psychologist, psychologistStart).events())).contains("CONSENT")
			.doesNotContain("REGISTER_OBSERVATION", "MEASURE", "ASSESSMENT");
		// BIF's consultant reads BIF's own observation and, by the consent, the
		// mother's assessment, but not her health measure.
		assertThat(kindsOf(family.id(), readToTheEnd(consultant, consultantStart).events()))
			.contains("CONSENT", "REGISTER_OBSERVATION", "ASSESSMENT")
			.doesNotContain("MEASURE");
	}

	@Test
	void aMembersChangeIsListedExactlyToThoseWhoMayReadWhatChanged() throws IOException {
		HttpGraphQlTester coordinator = as(DemoIds.SUPPORT_COORDINATOR);
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		HttpGraphQlTester buf = as(DemoIds.BUF_HEALTH_VISITOR);
		Partner partner = new Partner(token("{\"clientId\":\"" + DemoClient.KFF_LEISURE_BOOKING + "\"}"),
				sha256(documentedFeedDocument()));
		// The family gives every administration names and contact data, not relations
		// or identity; KFF's client is granted contact data, not relations or identity.
		Referral family = TestCourses.refer(coordinator, "Familien Forældremyndighed", DemoIds.SOF_CASEWORKER,
				DemoIds.BUF_HEALTH_VISITOR, DemoIds.KFF_BRIDGE_BUILDER);
		String yesterday = LocalDate.now(MovableClock.COPENHAGEN).minusDays(1).toString();
		TestCourses.recordConsent(coordinator,
				Map.of("familyId", family.id(), "grantorIds", List.of(family.mother(), family.father()), "subjectIds",
						family.memberIds(), "provisions",
						List.of(Map.of("recipients", List.of("SOF", "BIF", "BUF", "SUF", "KFF"), "categories",
								List.of("BASIC_IDENTITY", "CONTACT"))),
						"period", Map.of("from", yesterday), "signedOn", yesterday, "signatureMethod", "WRITTEN",
						"documentReference", "SBSYS-2026-12"));
		String sofCursor = readToTheEnd(sof, null).cursor();
		String bufCursor = readToTheEnd(buf, null).cursor();
		String partnerCursor = partnerFeed(partner, null).cursor();

		// SOF gives the father custody of the child with the mother: relations, which
		// SOF holds as its own and the others may not read.
		sof.documentName("access/setCustody")
			.variable("input",
					Map.of("familyId", family.id(), "expectedVersion", TestCourses.version(coordinator, family.id()),
							"childId", family.child(), "custodyHolderIds", List.of(family.mother(), family.father())))
			.execute()
			.errors()
			.verify();
		Feed sofFeed = readToTheEnd(sof, sofCursor);
		assertThat(kindsOf(family.id(), sofFeed.events())).contains("MEMBER");
		Feed bufFeed = readToTheEnd(buf, bufCursor);
		assertThat(kindsOf(family.id(), bufFeed.events())).isEmpty();
		Feed partnerFeed = partnerFeed(partner, partnerCursor);
		assertThat(kindsOf(family.id(), partnerFeed.events())).isEmpty();

		// The mother's date of birth (identity): SOF's own again, nobody else's to read.
		updateMother(coordinator, family, Map.of("birthDate", "1988-03-05"));
		sofFeed = readToTheEnd(sof, sofFeed.cursor());
		assertThat(kindsOf(family.id(), sofFeed.events())).contains("MEMBER");
		bufFeed = readToTheEnd(buf, bufFeed.cursor());
		assertThat(kindsOf(family.id(), bufFeed.events())).isEmpty();
		partnerFeed = partnerFeed(partner, partnerFeed.cursor());
		assertThat(kindsOf(family.id(), partnerFeed.events())).isEmpty();

		// Her phone number (contact), which the consent gives everyone: each reader of
		// contact data learns of it, once.
		updateMother(coordinator, family, Map.of("birthDate", "1988-03-05", "phone", "+45 12 34 56 78"));
		assertThat(kindsOf(family.id(), readToTheEnd(sof, sofFeed.cursor()).events())).containsExactly("MEMBER");
		assertThat(kindsOf(family.id(), readToTheEnd(buf, bufFeed.cursor()).events())).containsExactly("MEMBER");
		assertThat(kindsOf(family.id(), partnerFeed(partner, partnerFeed.cursor()).events())).containsExactly("MEMBER");
	}

	/** The mother of a {@link TestCourses#refer referred} family, with these details. */
	private static void updateMother(HttpGraphQlTester tester, Referral family, Map<String, Object> details) {
		Map<String, Object> member = new LinkedHashMap<>(
				Map.of("firstName", "Mona", "lastName", "Test", "role", "MOTHER", "custodyHolder", true));
		member.putAll(details);
		tester.documentName("family/updateMember")
			.variable("input",
					Map.of("familyId", family.id(), "expectedVersion", TestCourses.version(tester, family.id()),
							"memberId", family.mother(), "member", member))
			.execute()
			.errors()
			.verify();
	}

	@Test
	void anEventStoredBeforeEventsCarriedTheirMembersIsAboutTheWholeFamily() {
		HttpGraphQlTester coordinator = as(DemoIds.SUPPORT_COORDINATOR);
		HttpGraphQlTester physiotherapist = as(DemoIds.SUF_PHYSIOTHERAPIST);
		String coordinatorStart = readToTheEnd(coordinator, null).cursor();
		String physiotherapistStart = readToTheEnd(physiotherapist, null).cursor();
		Referral family = TestCourses.refer(coordinator, "Familien Gammel");
		String yesterday = LocalDate.now(MovableClock.COPENHAGEN).minusDays(1).toString();
		TestCourses.recordConsent(coordinator,
				Map.of("familyId", family.id(), "grantorIds", List.of(family.mother()), "subjectIds",
						List.of(family.mother()), "provisions",
						List.of(Map.of("recipients", List.of("SOF"), "categories",
								List.of("BASIC_IDENTITY", "HEALTH"))),
						"period", Map.of("from", yesterday), "signedOn", yesterday, "signatureMethod", "WRITTEN",
						"documentReference", "SBSYS-2026-11"));
		// A health measure's event as stored before events carried their members.
		this.mongo.insert(new Document("familyId", family.id()).append("kind", "MEASURE")
			.append("category", "HEALTH")
			.append("owners", List.of("SUF"))
			.append("at", Date.from(Instant.now())), "changeEvents");

		// It is read, and decided for the whole family: SUF, its owner, sees it; the
		// coordinator, whom the consent gives the mother's health data only, does not.
		assertThat(kindsOf(family.id(), readToTheEnd(physiotherapist, physiotherapistStart).events()))
			.contains("MEASURE");
		assertThat(kindsOf(family.id(), readToTheEnd(coordinator, coordinatorStart).events())).contains("CONSENT")
			.doesNotContain("MEASURE");
	}

	@Test
	void aMeetingRecordedAgainAfterItsEventWasLostIsOnTheFeed() {
		HttpGraphQlTester coordinator = as(DemoIds.SUPPORT_COORDINATOR);
		String start = readToTheEnd(coordinator, null).cursor();
		Referral family = TestCourses.refer(coordinator, "Familien Genoptaget");
		Map<String, Object> input = Map.of("id", "opstart", "familyId", family.id(), "kind", "START", "date",
				LocalDate.now(MovableClock.COPENHAGEN).toString(), "professionalIds",
				List.of(DemoIds.SUPPORT_COORDINATOR), "memberIds", List.of(family.mother()), "decisions",
				List.of("Samtykket er gennemgået med familien"), "actions", List.of());
		coordinator.documentName("meeting/recordMeeting").variable("input", input).execute().errors().verify();
		// The recording stopped after the meeting was stored, before its event was: the
		// client records it again with the same key.
		this.mongo.remove(Query.query(Criteria.where("familyId").is(family.id()).and("kind").is("MEETING")),
				"changeEvents");
		coordinator.documentName("meeting/recordMeeting").variable("input", input).execute().errors().verify();

		assertThat(kindsOf(family.id(), readToTheEnd(coordinator, start).events())).contains("MEETING");
	}

	@Test
	void aMalformedCursorIsBadInput() {
		rejected(as(DemoIds.SUPPORT_COORDINATOR).documentName("change/changes").variable("after", "bm9wZQ=="),
				"BAD_USER_INPUT");
	}

	/** SUF records a health measure of the family's first member. */
	private void recordHealthMeasure(TestCourses.Created family) {
		recordHealthMeasure(family.familyId(), family.memberIds().get(0));
	}

	/** SUF records a health measure of the member. */
	private void recordHealthMeasure(String familyId, String memberId) {
		as(DemoIds.SUF_PHYSIOTHERAPIST).documentName("access/recordMeasure")
			.variable("input",
					Map.of("familyId", familyId, "memberId", memberId, "kind", "PHYSIOTHERAPY", "period",
							Map.of("from", LocalDate.now(MovableClock.COPENHAGEN).minusDays(3).toString())))
			.execute()
			.errors()
			.verify();
	}

	private static org.assertj.core.api.ListAssert<String> observationCategories(HttpGraphQlTester tester,
			String familyId) {
		GraphQlTester.Response response = tester.documentName("assessment/familyRegisterObservations")
			.variable("id", familyId)
			.execute();
		response.errors().verify();
		return assertThat(response.path("family.registerObservations[*].category").entityList(String.class).get());
	}

	/**
	 * A page of the feed as a partner reads it: the registered document by its hash (no
	 * text), over HTTP; the response must have no errors.
	 */
	private JsonNode partnerPage(String token, String hash, @Nullable String after) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("after", after);
		String body = JSON.writeValueAsString(Map.of("operationName", "Changes", "variables", variables, "extensions",
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))));
		HttpResponse<String> response = post("/graphql", body, token);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode json = JSON.readTree(response.body());
		assertThat(json.has("errors")).as(response.body()).isFalse();
		return json.path("data").path("changes");
	}

	/**
	 * The feed from the cursor to its end as a partner reads it, with the registered
	 * document.
	 */
	private Feed partnerFeed(Partner partner, @Nullable String after) {
		List<Map<String, Object>> events = new ArrayList<>();
		String cursor = after;
		for (int page = 0; page < 1000; page++) {
			JsonNode changes = partnerPage(partner.token(), partner.hash(), cursor);
			changes.path("edges")
				.forEach((edge) -> events.add(Map.of("familyId", edge.path("node").path("familyId").asString(), "kind",
						edge.path("node").path("kind").asString())));
			cursor = endCursorOr(changes, cursor);
			if (!changes.path("pageInfo").path("hasNextPage").booleanValue()) {
				return new Feed(events, cursor);
			}
		}
		throw new AssertionError("The feed did not end");
	}

	/** The page's end cursor, or the one read before when the page is empty. */
	private static @Nullable String endCursorOr(JsonNode page, @Nullable String before) {
		JsonNode end = page.path("pageInfo").path("endCursor");
		return end.isNull() ? before : end.asString();
	}

	/**
	 * The change feed document of the partner guide ({@code docs/partners.md}, section
	 * 7), exactly as a partner copies it.
	 */
	private static String documentedFeedDocument() throws IOException {
		String guide = Files.readString(Path.of("..", "docs", "partners.md"), StandardCharsets.UTF_8);
		String fence = "```graphql\n";
		int start = guide.indexOf(fence, guide.indexOf("## 7. Change feed")) + fence.length();
		return guide.substring(start, guide.indexOf("```", start));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Feed readToTheEnd(HttpGraphQlTester tester, String after) {
		List<Map<String, Object>> events = new ArrayList<>();
		String cursor = after;
		for (int page = 0; page < 1000; page++) {
			GraphQlTester.Response response = tester.documentName("change/changes").variable("after", cursor).execute();
			response.errors().verify();
			events.addAll(objects(response, "changes.edges[*].node"));
			Map<String, Object> pageInfo = response.path("changes.pageInfo").entity(Map.class).get();
			String end = (String) pageInfo.get("endCursor");
			cursor = (end != null) ? end : cursor;
			if (!Boolean.TRUE.equals(pageInfo.get("hasNextPage"))) {
				return new Feed(events, cursor);
			}
		}
		throw new AssertionError("The feed did not end");
	}

	private static GraphQlTester.Response page(HttpGraphQlTester tester, int first, String after) {
		GraphQlTester.Response response = tester.documentName("change/changesPage")
			.variable("first", first)
			.variable("after", after)
			.execute();
		response.errors().verify();
		return response;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> node(Map<String, Object> edge) {
		return (Map<String, Object>) edge.get("node");
	}

	private static List<String> kindsOf(String familyId, List<Map<String, Object>> events) {
		return events.stream()
			.filter((event) -> familyId.equals(event.get("familyId")))
			.map((event) -> (String) event.get("kind"))
			.toList();
	}

	private record Feed(List<Map<String, Object>> events, String cursor) {
	}

	/** A partner client's token and the hash of its registered feed document. */
	private record Partner(String token, String hash) {
	}

	/**
	 * A family made by the support team, with SOF's and BIF's caseworkers and SUF on its
	 * team.
	 */
	private static TestCourses.Created createFamily(HttpGraphQlTester support) {
		TestCourses.Created family = TestCourses.create(support,
				Map.of("name", "Familien Feed", "district", "BISPEBJERG", "members",
						List.of(Map.of("firstName", "Fie", "lastName", "Feed", "role", "MOTHER", "custodyHolder", true),
								Map.of("firstName", "Fin", "lastName", "Feed", "role", "CHILD", "birthDate",
										LocalDate.now(MovableClock.COPENHAGEN).minusYears(7).toString()))));
		long version = family.version();
		for (String professional : List.of(DemoIds.SOF_CASEWORKER, DemoIds.BIF_JOB_CASEWORKER,
				DemoIds.SUF_PHYSIOTHERAPIST)) {
			version = TestCourses.addToTeam(support, family.familyId(), version, professional);
		}
		return family;
	}

	/**
	 * A signed consent of the mother for the whole family, every category to every
	 * administration.
	 */
	private static String consent(HttpGraphQlTester support, TestCourses.Created family) {
		String yesterday = LocalDate.now(MovableClock.COPENHAGEN).minusDays(1).toString();
		return TestCourses.recordConsent(support,
				Map.of("familyId", family.familyId(), "grantorIds", List.of(family.memberIds().get(0)), "subjectIds",
						family.memberIds(), "provisions",
						List.of(Map.of("recipients", List.of("SOF", "BIF", "BUF", "SUF", "KFF"), "categories",
								List.of("BASIC_IDENTITY", "SOCIAL_CASE_CHILD", "EMPLOYMENT", "HEALTH"))),
						"period", Map.of("from", yesterday), "signedOn", yesterday, "signatureMethod", "WRITTEN",
						"documentReference", "SBSYS-2026-7"));
	}

}
