package dk.kk.hfi.family;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.course.TestCourses;
import dk.kk.hfi.demo.DemoIds;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cursors are sealed keyset positions: stable under inserts between pages, refused when
 * malformed.
 */
class FamilyPagingTests extends GraphQlTestSupport {

	@Test
	void noFamilyRepeatsOrGoesMissingWhenFamiliesAreAddedBetweenPages() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		// Families of their own (named to sort after the demo's), so other tests' first
		// pages stay as they were.
		String run = "Paging" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> filter = Map.of("text", run);
		for (int i = 1; i <= 12; i++) {
			TestCourses.refer(support, run + " " + (i * 10));
		}
		Set<String> before = new HashSet<>(ids(
				support.documentName("family/families").variable("first", 100).variable("filter", filter).execute()));
		assertThat(before).hasSize(12);

		List<String> seen = new ArrayList<>();
		Set<String> addedAfterTheCursor = new HashSet<>();
		String after = null;
		for (int page = 0; page < 50; page++) {
			GraphQlTester.Response response = support.documentName("family/families")
				.variable("first", 3)
				.variable("after", after)
				.variable("filter", filter)
				.execute();
			seen.addAll(ids(response));
			if (!response.path("families.pageInfo.hasNextPage").entity(Boolean.class).get()) {
				break;
			}
			// One family sorts before every page already read (an offset cursor would
			// then repeat one), one after.
			TestCourses.refer(support, run + " 0" + page);
			addedAfterTheCursor.add(TestCourses.refer(support, run + " 9z" + page).id());
			after = response.path("families.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(seen).doesNotHaveDuplicates().containsAll(before).containsAll(addedAfterTheCursor);
		assertThat(seen).noneMatch((id) -> !before.contains(id) && !addedAfterTheCursor.contains(id));
	}

	@Test
	void cursorsCarryNoReadableNames() {
		GraphQlTester.Response response = as(DemoIds.SUPPORT_COORDINATOR).documentName("family/families")
			.variable("first", 3)
			.execute();
		List<String> cursors = response.path("families.edges[*].cursor").entityList(String.class).get();
		List<String> names = response.path("families.edges[*].node.name").entityList(String.class).get();
		assertThat(cursors).doesNotHaveDuplicates();
		for (String cursor : cursors) {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1);
			assertThat(names).noneMatch(decoded::contains);
			assertThat(decoded).doesNotContain("_id").doesNotContain("K_");
		}
	}

	@Test
	void pagingBackwardsFromACursorGivesThePreviousItemsInOrder() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		GraphQlTester.Response first = support.documentName("family/families").variable("first", 10).execute();
		List<String> ids = ids(first);
		String tenth = first.path("families.edges[9].cursor").entity(String.class).get();
		GraphQlTester.Response previous = support.documentName("family/families")
			.variable("last", 3)
			.variable("before", tenth)
			.execute();
		previous.errors().verify();
		assertThat(ids(previous)).containsExactlyElementsOf(ids.subList(6, 9));
	}

	@Test
	void malformedTamperedAndForeignCursorsAreBadUserInput() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		String cursor = support.documentName("family/families")
			.variable("first", 2)
			.execute()
			.path("families.pageInfo.endCursor")
			.entity(String.class)
			.get();
		char last = cursor.charAt(cursor.length() - 2);
		String tampered = cursor.substring(0, cursor.length() - 2) + ((last == 'A') ? 'B' : 'A')
				+ cursor.charAt(cursor.length() - 1);
		String offset = Base64.getEncoder().encodeToString("O_0".getBytes(StandardCharsets.UTF_8));
		for (String bad : List.of("bm9wZQ==", "not a cursor", tampered, offset)) {
			rejected(support.documentName("family/families").variable("first", 2).variable("after", bad),
					"BAD_USER_INPUT",
					(error) -> "families".equals(error.getPath()) && error.getMessage().contains("cursor"));
		}
	}

	private static List<String> ids(GraphQlTester.Response response) {
		response.errors().verify();
		return objects(response, "families.edges[*].node").stream().map((node) -> (String) node.get("id")).toList();
	}

}
