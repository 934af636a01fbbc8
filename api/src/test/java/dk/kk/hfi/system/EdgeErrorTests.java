package dk.kk.hfi.system;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error of every endpoint is a JSON body with a code, the body limit answers 413,
 * and no message echoes more than a short prefix of what the caller sent.
 */
class EdgeErrorTests extends GraphQlTestSupport {

	private static final String ERROR_BODY = "\\{\"errors\":\\[\\{\"message\":\"[^\"]*\",\"extensions\":\\{\"code\":\"%s\".*";

	@Test
	void everyErrorStatusOfEveryEndpointHasAJsonBodyWithItsCode() {
		String token = token("{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}");
		String leader = token("{\"professionalId\":\"" + DemoIds.SOF_LEADER + "\"}");
		List<Case> cases = List.of(new Case("POST", "/graphql", "application/json", "{Ulrikkea", token, 400),
				new Case("POST", "/graphql", "application/json", "{}", null, 401),
				new Case("POST", "/graphql", "text/plain", "{}", token, 415),
				new Case("PUT", "/graphql", "application/json", "{}", token, 405),
				new Case("GET", "/graphql/schema", null, null, null, 401),
				new Case("POST", "/demo/token", "application/json", "{Ulrikkea", null, 400),
				new Case("POST", "/demo/token", "application/json", "{}", null, 400),
				new Case("POST", "/demo/token", "application/json", "{\"professionalId\":\"nobody\"}", null, 404),
				new Case("POST", "/demo/token", "text/plain", "x", null, 415),
				new Case("DELETE", "/demo/token", null, null, null, 405),
				new Case("GET", "/reports/stress-reactions.csv?from=2025-01-01", null, null, token, 403),
				new Case("GET", "/reports/nothing.csv?from=2025-01-01", null, null, leader, 404),
				new Case("GET", "/reports/stress-reactions.csv?from=yesterday", null, null, leader, 400),
				new Case("GET", "/actuator/env", null, null, null, 401),
				new Case("GET", "/no/such/page", null, null, null, 404),
				new Case("POST", "/graphql", "application/json", "x".repeat(1024 * 1024 + 1), token, 413));
		for (Case c : cases) {
			HttpResponse<String> response = c.send(this);
			assertThat(response.statusCode()).as("%s %s", c.method(), c.path()).isEqualTo(c.status());
			assertThat(response.headers().firstValue("Content-Type").orElse("")).as("%s %s", c.method(), c.path())
				.startsWith("application/json");
			assertThat(response.body()).as("%s %s", c.method(), c.path())
				.matches(String.format(ERROR_BODY, HttpErrors.codeOf(c.status())))
				.doesNotContain("Ulrikkea");
		}
	}

	@Test
	void aMalformedRequestLineGetsAJsonBodyFromTheContainer() throws Exception {
		try (java.net.Socket socket = new java.net.Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes());
			String answer = new String(socket.getInputStream().readAllBytes());
			assertThat(answer).startsWith("HTTP/1.1 400")
				.containsIgnoringCase("Content-Type: application/json")
				.contains("{\"errors\":[{\"message\":")
				.contains("\"code\":\"BAD_USER_INPUT\"");
		}
	}

	@Test
	void aBodyWithoutADeclaredLengthIsBoundedToo() throws Exception {
		String token = token("{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}");
		byte[] body = ("{\"query\":\"{ me { __typename } }\",\"x\":\"" + "y".repeat(1024 * 1024) + "\"}").getBytes();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			// A publisher of unknown length: the body goes out chunked.
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"").contains("\"limit\":1048576");

		byte[] small = "{\"query\":\"{ me { __typename } }\"}".getBytes();
		HttpResponse<String> fine = this.http.send(HttpRequest.newBuilder(request.uri())
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(small)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(fine.statusCode()).isEqualTo(200);
		assertThat(fine.body()).contains("ProfessionalCaller");
	}

	@Test
	void aBodyJustUnderTheLimitIsServed() {
		String token = token("{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}");
		String id = "z".repeat(1024 * 1024 - 200);
		HttpResponse<String> response = post("/graphql",
				"{\"query\":\"query($id: ID!) { family(id: $id) { id } }\",\"variables\":{\"id\":\"" + id + "\"}}",
				token);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"code\":\"NOT_FOUND\"");
		// A NOT_FOUND names no id at all (a hidden family and a missing id answer alike).
		assertThat(response.body().length()).isLessThan(1000);
		assertThat(response.body()).doesNotContain("zzzz");
	}

	@Test
	void graphQlErrorsQuoteOnlyAShortPrefixOfTheDocument() {
		String token = token("{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}");
		String word = "Ulrikkea" + "q".repeat(5000);
		HttpResponse<String> syntax = post("/graphql", "{\"query\":\"{ " + word + " \"}", token);
		assertThat(syntax.body()).contains("\"code\":\"BAD_USER_INPUT\"")
			.doesNotContain("q".repeat(HttpErrors.MAX_WORD));
		HttpResponse<String> unknownField = post("/graphql", "{\"query\":\"{ " + word + " }\"}", token);
		assertThat(unknownField.body()).contains("\"code\":\"BAD_USER_INPUT\"")
			.doesNotContain("q".repeat(HttpErrors.MAX_WORD));
	}

	@Test
	void sanitizingKeepsShortMessagesAndCutsEchoedValues() {
		assertThat(HttpErrors.sanitize("Family fam-001 was not found")).isEqualTo("Family fam-001 was not found");
		assertThat(HttpErrors.sanitize("Family " + "x".repeat(5_000_000) + " was not found"))
			.isEqualTo("Family " + "x".repeat(HttpErrors.MAX_WORD) + "… was not found");
		assertThat(HttpErrors.sanitize("a\nb\u0000c")).isEqualTo("a b c");
		assertThat(HttpErrors.sanitize("word ".repeat(1000))).hasSizeLessThanOrEqualTo(HttpErrors.MAX_MESSAGE + 1);
	}

	private record Case(String method, String path, String contentType, String body, String token, int status) {

		HttpResponse<String> send(EdgeErrorTests tests) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + tests.port + path))
				.method(this.method, (this.body != null) ? HttpRequest.BodyPublishers.ofString(this.body)
						: HttpRequest.BodyPublishers.noBody());
			if (this.contentType != null) {
				request.header("Content-Type", this.contentType);
			}
			if (this.token != null) {
				request.header("Authorization", "Bearer " + this.token);
			}
			try {
				return tests.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
