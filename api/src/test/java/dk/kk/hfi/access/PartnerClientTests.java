package dk.kk.hfi.access;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.demo.DemoClient;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partner clients: their administration's caseload only, and only the categories granted
 * to them.
 */
class PartnerClientTests extends GraphQlTestSupport {

	@Test
	void leisureBookingSeesNamesAndLeisureButNoCprOrHealth() {
		GraphQlTester.Response response = asClient(DemoClient.KFF_LEISURE_BOOKING)
			.document("query($id: ID!) { family(id: $id) { members { firstName cpr } measures { category kind } } }")
			.variable("id", DemoIds.FAMILY_FULL_CONSENT)
			.execute();
		response.errors().satisfy((errors) -> {
			assertThat(errors).anyMatch((error) -> "IDENTITY".equals(error.getExtensions().get("category")));
			assertThat(errors).allMatch((error) -> "CONSENT_REQUIRED".equals(error.getExtensions().get("code"))
					&& "NOT_GRANTED".equals(error.getExtensions().get("reason"))
					&& !"LEISURE".equals(error.getExtensions().get("category")));
		});
		response.path("family.members[*].firstName")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).doesNotContainNull());
		response.path("family.members[*].cpr")
			.entityList(Object.class)
			.satisfies((cprs) -> assertThat(cprs).containsOnlyNulls());
		response.path("family.measures[?(@.category == 'LEISURE')].kind")
			.entityList(String.class)
			.satisfies((kinds) -> assertThat(kinds).isNotEmpty().containsOnly("LEISURE_BRIDGING"));
		response.path("family.measures[?(@.category == 'HEALTH')]").entityList(Object.class).hasSize(0);
	}

	@Test
	void jobCentreSeesItsOwnCaseDataIncludingCpr() {
		GraphQlTester.Response response = asClient(DemoClient.BIF_JOB_CENTRE)
			.document("query($id: ID!) { family(id: $id) { members { cpr } measures { category kind } } }")
			.variable("id", DemoIds.FAMILY_NO_CONSENT)
			.execute();
		response.errors().filter((error) -> "CONSENT_REQUIRED".equals(error.getExtensions().get("code"))).verify();
		response.path("family.members[0].cpr")
			.entity(String.class)
			.satisfies((cpr) -> assertThat(cpr).matches("\\d{6}-\\d{4}"));
	}

	@Test
	void familiesOutsideTheCaseloadDoNotExist() {
		long visible = asClient(DemoClient.KFF_LEISURE_BOOKING)
			.document("{ families(first: 100) { edges { node { id } } } }")
			.execute()
			.path("families.edges")
			.entityList(Object.class)
			.get()
			.size();
		long all = as(DemoIds.SUPPORT_COORDINATOR).document("{ families(first: 100) { edges { node { id } } } }")
			.execute()
			.path("families.edges")
			.entityList(Object.class)
			.get()
			.size();
		assertThat(visible).isPositive().isLessThan(all);
	}

}
