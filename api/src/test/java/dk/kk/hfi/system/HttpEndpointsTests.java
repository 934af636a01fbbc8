package dk.kk.hfi.system;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.demo.DemoIds;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server answers over plain HTTP: authentication, schema, health, demo sign-in,
 * the static page.
 */
class HttpEndpointsTests extends GraphQlTestSupport {

	private static final String QUERY = "{\"query\":\"{ families(first: 5) { edges { node { id } } } }\"}";

	@Test
	void anonymousGraphQlRequestIsUnauthenticated() {
		HttpResponse<String> response = post("/graphql", QUERY, null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("\"code\":\"UNAUTHENTICATED\"");
	}

	@Test
	void forgedTokenIsUnauthenticated() {
		HttpResponse<String> response = post("/graphql", QUERY, "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("UNAUTHENTICATED");
	}

	@Test
	void schemaIsServedOnlyToAuthenticatedCallers() {
		assertThat(get("/graphql/schema", null).statusCode()).isEqualTo(401);
		String token = token("{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}");
		HttpResponse<String> schema = get("/graphql/schema", token);
		assertThat(schema.statusCode()).isEqualTo(200);
		assertThat(schema.body()).contains("type Family").contains("enum DataCategory");
	}

	@Test
	void malformedRequestsGetGraphQlOverHttpStatusCodes() {
		String token = token("{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}");
		assertThat(post("/graphql", "{not json", token).statusCode()).isEqualTo(400);
		HttpResponse<String> mutationOverGet = get("/graphql?query=mutation%7BcreateFamily%7D", token);
		assertThat(mutationOverGet.statusCode()).isEqualTo(405);
		assertThat(mutationOverGet.headers().firstValue("Allow")).hasValue("POST");
	}

	@Test
	void healthIsOpen() {
		HttpResponse<String> health = get("/actuator/health", null);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("UP");
	}

	@Test
	void staticClientIsServedAtTheRoot() {
		HttpResponse<String> page = get("/", null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html");
	}

	@Test
	void demoDirectoryListsProfessionalsWithTheirFamiliesAndClients() {
		HttpResponse<String> directory = get("/demo/professionals", null);
		assertThat(directory.statusCode()).isEqualTo(200);
		assertThat(directory.body()).contains(DemoIds.SOF_CASEWORKER)
			.contains(DemoIds.FAMILY_FULL_CONSENT)
			.contains("kff-fritidsbooking")
			.contains("bif-jobcenter");
		assertThat(directory.body()).doesNotContain("\"cpr\"").doesNotContainPattern("\"\\d{6}-?\\d{4}\"");
	}

	@Test
	void demoTokenForUnknownProfessionalIsRefused() {
		assertThat(post("/demo/token", "{\"professionalId\":\"nobody\"}", null).statusCode()).isEqualTo(404);
	}

	@Test
	void theCaseloadIsAConnectionWithABoundedPageSize() {
		String query = "query($first: Int, $after: String) { me { ... on ProfessionalCaller { "
				+ "families(first: $first, after: $after) { edges { cursor node { id name } } "
				+ "pageInfo { hasNextPage endCursor } } } } }";
		var tester = as(DemoIds.SOF_CASEWORKER);
		List<String> all = tester.document(query)
			.execute()
			.path("me.families.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(all).hasSizeGreaterThan(2);
		var firstPage = tester.document(query).variable("first", 2).execute();
		firstPage.path("me.families.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = firstPage.path("me.families.pageInfo.endCursor").entity(String.class).get();
		List<String> secondPage = tester.document(query)
			.variable("first", 2)
			.variable("after", cursor)
			.execute()
			.path("me.families.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(secondPage).containsExactlyElementsOf(all.subList(2, Math.min(4, all.size())));
		rejected(tester.document(query).variable("first", 1001), "BAD_USER_INPUT",
				(error) -> error.getMessage().contains("between 1 and 1000"));
	}

	@Test
	void meTellsWhoIsCalling() {
		as(DemoIds.BIF_JOB_CASEWORKER)
			.document("{ me { ... on ProfessionalCaller { professional { id administration } "
					+ "families { edges { node { id } } } } } }")
			.execute()
			.path("me.professional.administration")
			.entity(String.class)
			.isEqualTo("BIF");
		asClient("kff-fritidsbooking")
			.document("{ me { ... on PartnerClientCaller { clientId administration categories } } }")
			.execute()
			.path("me.categories")
			.entityList(String.class)
			.contains("LEISURE");
	}

	@Test
	void professionalsArePagedAndFiltered() {
		as(DemoIds.SOF_CASEWORKER)
			.document("{ professionals(first: 50, administration: KFF) { edges { node { administration } } } "
					+ "supportTeam { administration } }")
			.execute()
			.path("professionals.edges[*].node.administration")
			.entityList(String.class)
			.satisfies((administrations) -> assertThat(administrations).isNotEmpty().containsOnly("KFF"))
			.path("supportTeam[*].administration")
			.entityList(String.class)
			.contains("SOF", "BIF", "BUF", "SUF", "KFF");
	}

	@Test
	void onlyTheSupportTeamRegistersProfessionals() {
		String mutation = "mutation { createProfessional(input: {name: \"Ny Rådgiver\", administration: SOF, "
				+ "role: CHILD_AND_YOUTH_CASEWORKER, title: \"Børne- og ungerådgiver\"}) { professional { id version } } }";
		rejected(as(DemoIds.SOF_CASEWORKER).document(mutation), "FORBIDDEN");
		String id = as(DemoIds.SUPPORT_COORDINATOR).document(mutation)
			.execute()
			.path("createProfessional.professional.id")
			.entity(String.class)
			.get();
		as(DemoIds.SUPPORT_COORDINATOR)
			.document("mutation($id: ID!) { updateProfessional(input: {id: $id, expectedVersion: 0, "
					+ "phone: \"33 66 33 66\"}) { professional { phone version } } }")
			.variable("id", id)
			.execute()
			.path("updateProfessional.professional.version")
			.entity(Integer.class)
			.isEqualTo(1);
	}

}
