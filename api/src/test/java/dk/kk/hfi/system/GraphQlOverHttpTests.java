package dk.kk.hfi.system;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL over HTTP as clients send it: queries over GET, mutations only over POST, CORS,
 * JSON error bodies.
 */
class GraphQlOverHttpTests extends GraphQlTestSupport {

	@Test
	void aQueryRunsOverGetWithVariablesAndOperationName() {
		String token = professional();
		HttpResponse<String> response = send(HttpRequest
			.newBuilder(uri("/graphql?query="
					+ encode("query One($id: ID!) { family(id: $id) { id name } } query Two { me { __typename } }")
					+ "&operationName=One&variables=" + encode("{\"id\":\"fam-001\"}")))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/graphql-response+json")
			.GET());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/graphql-response+json"));
		assertThat(response.body()).contains("\"id\":\"fam-001\"").doesNotContain("errors");
	}

	@Test
	void aMutationOverGetIs405WithAJsonBodyAndAllowPost() {
		String token = professional();
		HttpResponse<String> response = get("/graphql?query=" + encode(
				"mutation { updateFamily(input: {id: \"fam-001\", expectedVersion: 0, name: \"X\"}) { family { id } } }"),
				token);
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).contains("\"code\":\"METHOD_NOT_ALLOWED\"");
		// The family was not renamed.
		assertThat(post("/graphql", "{\"query\":\"{ family(id: \\\"fam-001\\\") { name } }\"}", token).body())
			.doesNotContain("\"name\":\"X\"");
	}

	@Test
	void aPersistedMutationOverGetIs405Too() {
		String token = professional();
		String mutation = "mutation { updateFamily(input: {id: \"nobody\", expectedVersion: 0, name: \"X\"}) { family { id } } }";
		String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + PersistedDocuments.sha256(mutation)
				+ "\"}}";
		post("/graphql", "{\"query\":" + quote(mutation) + ",\"extensions\":" + extensions + "}", token);
		HttpResponse<String> response = get("/graphql?extensions=" + encode(extensions), token);
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains("METHOD_NOT_ALLOWED");
	}

	@Test
	void malformedGetParametersAre400WithACode() {
		HttpResponse<String> response = get(
				"/graphql?query=" + encode("{ me { __typename } }") + "&variables=" + encode("[1"), professional());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"code\":\"BAD_USER_INPUT\"");
	}

	@Test
	void otherMethodsAre405WithAJsonBody() {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Authorization", "Bearer " + professional())
			.method("DELETE", HttpRequest.BodyPublishers.noBody()));
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().allValues("Allow")).anySatisfy((allow) -> assertThat(allow).contains("POST"));
		assertThat(response.body()).contains("\"code\":\"METHOD_NOT_ALLOWED\"");
	}

	@Test
	void aPostThatIsNotJsonIs415AndOneAcceptingOnlyHtmlIs406WithJsonBodies() {
		HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Authorization", "Bearer " + professional())
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("{ me { __typename } }")));
		assertThat(form.statusCode()).isEqualTo(415);
		assertThat(form.body()).contains("\"code\":\"UNSUPPORTED_MEDIA_TYPE\"");
		HttpResponse<String> html = send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Authorization", "Bearer " + professional())
			.header("Content-Type", "application/json")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { __typename } }\"}")));
		assertThat(html.statusCode()).isEqualTo(406);
	}

	@Test
	void aPreflightFromAConfiguredOriginIsAnsweredWithoutAToken() {
		HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Origin", "http://localhost:5173")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "authorization,content-type")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
			.hasValueSatisfying((methods) -> assertThat(methods).contains("POST"));

		HttpResponse<String> actual = send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Origin", "http://localhost:5173")
			.header("Authorization", "Bearer " + professional())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { __typename } }\"}")));
		assertThat(actual.statusCode()).isEqualTo(200);
		assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
	}

	@Test
	void aPreflightFromAnotherOriginGetsNoCorsHeaders() {
		HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "POST")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
		assertThat(preflight.statusCode()).isGreaterThanOrEqualTo(400);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void responsesAreUtf8() {
		HttpResponse<String> response = post("/graphql",
				"{\"query\":\"{ family(id: \\\"fam-001\\\") { household { city } } }\"}", professional());
		// Decoded as UTF-8 by the client: a body in any other encoding would garble the
		// ø.
		assertThat(response.body()).contains("København");
	}

	private String professional() {
		return token("{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String quote(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
