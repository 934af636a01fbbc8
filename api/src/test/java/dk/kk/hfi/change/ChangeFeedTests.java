package dk.kk.hfi.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.course.TestCourses;
import dk.kk.hfi.demo.DemoClient;
import dk.kk.hfi.demo.DemoIds;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change feed as a partner reads it: a withdrawal shows on its next read, in order,
 * and a change of a category the partner is not granted is not listed at all.
 */
class ChangeFeedTests extends GraphQlTestSupport {

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
	void aMalformedCursorIsBadInput() {
		rejected(as(DemoIds.SUPPORT_COORDINATOR).documentName("change/changes").variable("after", "bm9wZQ=="),
				"BAD_USER_INPUT");
	}

	/** SUF records a health measure of the family's first member. */
	private void recordHealthMeasure(TestCourses.Created family) {
		as(DemoIds.SUF_PHYSIOTHERAPIST).documentName("access/recordMeasure")
			.variable("input",
					Map.of("familyId", family.familyId(), "memberId", family.memberIds().get(0), "kind",
							"PHYSIOTHERAPY", "period",
							Map.of("from", LocalDate.now(MovableClock.COPENHAGEN).minusDays(3).toString())))
			.execute()
			.errors()
			.verify();
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
