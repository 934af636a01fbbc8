package dk.kk.hfi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.system.MongoCommandCounter;

/**
 * Base of the full-application tests: the real HTTP server, GraphQL engine and MongoDB
 * wire protocol (the embedded in-memory store, or a real MongoDB when
 * {@code SPRING_MONGODB_URI} is set), seeded with the demo data. Every test class shares
 * this one configuration, so one Spring context serves them all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hfi.store.mode=memory", "hfi.demo.enabled=true", "hfi.demo.seed=true",
				"hfi.cors.allowed-origins=http://localhost:5173" })
@AutoConfigureHttpGraphQlTester
@Import({ MovableClock.Configuration.class, MongoCommandCounter.class })
public abstract class GraphQlTestSupport {

	@Autowired
	protected MovableClock clock;

	private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	@LocalServerPort
	protected int port;

	@Autowired
	protected HttpGraphQlTester graphQlTester;

	@Autowired
	protected MongoCommandCounter commandCounter;

	protected final HttpClient http = HttpClient.newHttpClient();

	/** A tester signed in as the demo professional. */
	protected HttpGraphQlTester as(String professionalId) {
		return withToken(token("{\"professionalId\":\"" + professionalId + "\"}"));
	}

	/** A tester signed in as the demo partner client. */
	protected HttpGraphQlTester asClient(String clientId) {
		return withToken(token("{\"clientId\":\"" + clientId + "\"}"));
	}

	protected HttpGraphQlTester withToken(String token) {
		// The build machines are shared: a cold, large query may take longer than
		// WebTestClient's default 5 s.
		return this.graphQlTester.mutate()
			.webTestClient((client) -> client.responseTimeout(RESPONSE_TIMEOUT))
			.headers((headers) -> headers.setBearerAuth(token))
			.build();
	}

	protected String token(String requestJson) {
		HttpResponse<String> response = post("/demo/token", requestJson, null);
		Matcher matcher = ACCESS_TOKEN.matcher(response.body());
		if (response.statusCode() != 200 || !matcher.find()) {
			throw new IllegalStateException("No demo token: " + response.statusCode());
		}
		return matcher.group(1);
	}

	protected HttpResponse<String> post(String path, String json, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request.build());
	}

	protected HttpResponse<String> get(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request.build());
	}

	protected HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The JSON objects at the path of the response, each as a map of its fields. */
	@SuppressWarnings("unchecked")
	protected static List<Map<String, Object>> objects(GraphQlTester.Response response, String path) {
		return response.path(path)
			.entityList(Map.class)
			.get()
			.stream()
			.map((object) -> (Map<String, Object>) object)
			.toList();
	}

	/** The address of {@code path} on the running server. */
	protected URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
