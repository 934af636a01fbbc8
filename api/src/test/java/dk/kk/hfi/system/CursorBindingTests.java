package dk.kk.hfi.system;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cursor is good only for the caller it was issued to, on the connection (field,
 * object, filters) it was issued for: anywhere else it is refused as an altered cursor
 * is, so holding someone else's cursor tells nothing (a family hidden from the holder
 * placed in the sort order, say).
 */
class CursorBindingTests extends GraphQlTestSupport {

	private static final String FAMILIES = "system/cursor/families";

	private static final String PROFESSIONALS = "system/cursor/professionals";

	private static final String CASELOAD = "system/cursor/caseload";

	private static final String CHANGES = "system/cursor/changes";

	private static final String ACCESS_ENTRIES = "system/cursor/accessEntries";

	@Test
	void anotherCallersCursorIsRefusedAsAnAlteredOneIsAndTheOwnersStillPages() {
		HttpGraphQlTester owner = as(DemoIds.SUPPORT_COORDINATOR);
		GraphQlTester.Response firstPage = owner.documentName(FAMILIES).variable("first", 4).execute();
		List<String> firstFour = ids(firstPage, "families");
		String second = firstPage.path("families.edges[1].cursor").entity(String.class).get();
		String altered = altered(second);

		String alteredRefusal = refusal(owner.documentName(FAMILIES).variable("first", 2).variable("after", altered),
				"families");
		for (String other : List.of(DemoIds.BIF_JOB_CASEWORKER, DemoIds.SOF_CASEWORKER)) {
			String refusal = refusal(as(other).documentName(FAMILIES).variable("first", 2).variable("after", second),
					"families");
			assertThat(refusal).as("refusal for %s", other).isEqualTo(alteredRefusal);
		}

		GraphQlTester.Response next = owner.documentName(FAMILIES)
			.variable("first", 2)
			.variable("after", second)
			.execute();
		assertThat(ids(next, "families")).containsExactlyElementsOf(firstFour.subList(2, 4));
		List<String> cursors = next.path("families.edges[*].cursor").entityList(String.class).get();
		next.path("families.pageInfo.endCursor").entity(String.class).isEqualTo(cursors.get(cursors.size() - 1));
		GraphQlTester.Response afterThat = owner.documentName(FAMILIES)
			.variable("first", 2)
			.variable("after", cursors.get(cursors.size() - 1))
			.execute();
		afterThat.errors().verify();
		assertThat(ids(afterThat, "families")).doesNotContainAnyElementsOf(firstFour);
	}

	@Test
	void aCursorIsRefusedOnAnotherConnection() {
		HttpGraphQlTester caller = as(DemoIds.SUPPORT_COORDINATOR);
		String families = endCursor(caller.documentName(FAMILIES).variable("first", 2), "families");
		String professionals = endCursor(caller.documentName(PROFESSIONALS).variable("first", 2), "professionals");
		String changes = endCursor(caller.documentName(CHANGES).variable("first", 2), "changes");

		String altered = refusal(
				caller.documentName(FAMILIES).variable("first", 2).variable("after", altered(families)), "families");
		assertThat(refusal(caller.documentName(PROFESSIONALS).variable("first", 2).variable("after", families),
				"professionals"))
			.isEqualTo(altered);
		assertThat(refusal(caller.documentName(FAMILIES).variable("first", 2).variable("after", professionals),
				"families"))
			.isEqualTo(altered);
		assertThat(refusal(caller.documentName(CHANGES).variable("first", 2).variable("after", families), "changes"))
			.isEqualTo(altered);
		assertThat(refusal(caller.documentName(FAMILIES).variable("first", 2).variable("after", changes), "families"))
			.isEqualTo(altered);

		// A professional's caseload and the families they may see are two connections.
		HttpGraphQlTester caseworker = as(DemoIds.SOF_CASEWORKER);
		String caseload = endCursor(caseworker.documentName(CASELOAD).variable("first", 1), "me.families");
		String seen = endCursor(caseworker.documentName(FAMILIES).variable("first", 1), "families");
		assertThat(
				refusal(caseworker.documentName(FAMILIES).variable("first", 1).variable("after", caseload), "families"))
			.isEqualTo(altered);
		assertThat(
				refusal(caseworker.documentName(CASELOAD).variable("first", 1).variable("after", seen), "me.families"))
			.isEqualTo(altered);
	}

	@Test
	void aCursorIsRefusedWithOtherFiltersOrForAnotherFamily() {
		HttpGraphQlTester caller = as(DemoIds.SUPPORT_COORDINATOR);
		Map<String, Object> filter = Map.of("text", "Familien");
		String filtered = endCursor(caller.documentName(FAMILIES).variable("first", 2).variable("filter", filter),
				"families");
		String altered = refusal(
				caller.documentName(FAMILIES).variable("first", 2).variable("after", altered(filtered)), "families");
		caller.documentName(FAMILIES)
			.variable("first", 2)
			.variable("after", filtered)
			.variable("filter", filter)
			.execute()
			.errors()
			.verify();
		assertThat(refusal(caller.documentName(FAMILIES).variable("first", 2).variable("after", filtered), "families"))
			.isEqualTo(altered);
		assertThat(refusal(caller.documentName(FAMILIES)
			.variable("first", 2)
			.variable("after", filtered)
			.variable("filter", Map.of("text", "Familien L")), "families")).isEqualTo(altered);

		// An empty filter is no filter.
		String unfiltered = endCursor(caller.documentName(FAMILIES).variable("first", 2).variable("filter", Map.of()),
				"families");
		caller.documentName(FAMILIES).variable("first", 2).variable("after", unfiltered).execute().errors().verify();

		String named = endCursor(caller.documentName(PROFESSIONALS).variable("first", 1).variable("text", "e"),
				"professionals");
		assertThat(refusal(caller.documentName(PROFESSIONALS).variable("first", 1).variable("after", named),
				"professionals"))
			.isEqualTo(altered);

		// Reading a family's access log is itself on record: the first read makes an
		// entry.
		caller.documentName(ACCESS_ENTRIES).variable("id", DemoIds.FAMILY_FULL_CONSENT).execute().errors().verify();
		String entries = endCursor(caller.documentName(ACCESS_ENTRIES).variable("id", DemoIds.FAMILY_FULL_CONSENT),
				"family.accessEntries");
		caller.documentName(ACCESS_ENTRIES)
			.variable("id", DemoIds.FAMILY_FULL_CONSENT)
			.variable("after", entries)
			.execute()
			.errors()
			.verify();
		assertThat(refusal(caller.documentName(ACCESS_ENTRIES)
			.variable("id", DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH)
			.variable("after", entries), "family.accessEntries")).isEqualTo(altered);
		assertThat(refusal(caller.documentName(ACCESS_ENTRIES)
			.variable("id", DemoIds.FAMILY_FULL_CONSENT)
			.variable("administration", "SOF")
			.variable("after", entries), "family.accessEntries")).isEqualTo(altered);
	}

	/** The cursor with one character of its sealed bytes changed. */
	static String altered(String cursor) {
		char last = cursor.charAt(cursor.length() - 2);
		return cursor.substring(0, cursor.length() - 2) + ((last == 'A') ? 'B' : 'A')
				+ cursor.charAt(cursor.length() - 1);
	}

	private static String endCursor(GraphQlTester.Request<?> request, String connection) {
		GraphQlTester.Response response = request.execute();
		response.errors().verify();
		String cursor = response.path(connection + ".pageInfo.endCursor").entity(String.class).get();
		assertThat(cursor).as("%s endCursor", connection).isNotNull();
		return cursor;
	}

	/**
	 * The message of the request's one error, BAD_USER_INPUT on the field at the path,
	 * with no data for it.
	 */
	static String refusal(GraphQlTester.Request<?> request, String path) {
		GraphQlTester.Response response = request.execute();
		String[] message = new String[1];
		response.errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			ResponseError error = errors.get(0);
			assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
			assertThat(error.getPath()).isEqualTo(path);
			message[0] = error.getMessage();
		});
		assertThat(message[0]).contains("cursor");
		return message[0];
	}

	private static List<String> ids(GraphQlTester.Response response, String connection) {
		response.errors().verify();
		return objects(response, connection + ".edges[*].node").stream()
			.map((node) -> (String) node.get("id"))
			.toList();
	}

}
