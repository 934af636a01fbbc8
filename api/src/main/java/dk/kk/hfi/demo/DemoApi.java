package dk.kk.hfi.demo;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import dk.kk.hfi.caller.CallerAuthentication;
import dk.kk.hfi.caller.CallerClaims;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.system.ApplicationClock;

/**
 * The demo's way into the store: every change is one of the API's mutations, run in this
 * process through the same handler as a request over HTTP, as the professional who makes
 * it. So the demo holds only what the API accepts, checked by the same operation rules,
 * validation and services.
 */
class DemoApi {

	private static final URI ENDPOINT = URI.create("http://localhost/graphql");

	private final WebGraphQlHandler handler;

	private final GraphQLObjectType mutations;

	private final AtomicLong requests = new AtomicLong();

	DemoApi(WebGraphQlHandler handler, GraphQlSource source) {
		this.handler = handler;
		this.mutations = source.schema().getMutationType();
	}

	/**
	 * Runs {@code mutation} once per input, in order, in one request, as {@code by}, with
	 * the application's clock reading {@code at} (when it happened); the documents it
	 * creates get {@code newIds}, in the order the services create them. Asks for no
	 * field of the payload: nothing is read.
	 */
	void mutate(Professional by, Instant at, String mutation, List<Map<String, Object>> inputs, List<String> newIds) {
		StringBuilder variables = new StringBuilder();
		StringBuilder fields = new StringBuilder();
		Map<String, Object> values = new LinkedHashMap<>();
		String type = inputType(mutation);
		for (int i = 0; i < inputs.size(); i++) {
			variables.append((i > 0) ? ", " : "").append("$input").append(i).append(": ").append(type);
			fields.append(" m")
				.append(i)
				.append(": ")
				.append(mutation)
				.append("(input: $input")
				.append(i)
				.append(") { __typename }");
			values.put("input" + i, inputs.get(i));
		}
		String document = "mutation Demo(" + variables + ") {" + fields + " }";
		String described = mutation + " by " + by.id() + " at " + at;
		WebGraphQlRequest request = new WebGraphQlRequest(ENDPOINT, new HttpHeaders(), null, null, Map.of(),
				Map.of("query", document, "operationName", "Demo", "variables", values),
				"demo-" + this.requests.incrementAndGet(), Locale.ENGLISH);
		// A refusal is reported before the ids it did not use.
		ApplicationClock.at(at,
				() -> DemoIdGenerator.handingOut(newIds, () -> requireAccepted(as(by, request), described)));
	}

	private static WebGraphQlResponse requireAccepted(WebGraphQlResponse response, String described) {
		if (!response.getErrors().isEmpty()) {
			ResponseError error = response.getErrors().get(0);
			throw new IllegalStateException("The API refused the demo's " + described + ": " + error.getErrorType()
					+ " at " + error.getParsedPath() + ": " + error.getMessage());
		}
		return response;
	}

	private WebGraphQlResponse as(Professional by, WebGraphQlRequest request) {
		// The claims a demo sign-in token carries, read as the resource server reads
		// them.
		Jwt token = Jwt.withTokenValue("demo-loader")
			.header("alg", "none")
			.subject(by.id())
			.claim(CallerClaims.KIND, CallerClaims.KIND_PROFESSIONAL)
			.claim(CallerClaims.ADMINISTRATION, by.administration().name())
			.claim(CallerClaims.SUPPORT_TEAM, by.supportTeam())
			.claim(CallerClaims.ROLE, by.role().name())
			.claim(CallerClaims.NAME, by.name())
			.build();
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(token, CallerClaims.callerOf(token)));
		SecurityContextHolder.setContext(context);
		try {
			return Objects.requireNonNull(this.handler.handleRequest(request).block());
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private String inputType(String mutation) {
		GraphQLInputType type = this.mutations.getFieldDefinition(mutation).getArgument("input").getType();
		return GraphQLTypeUtil.simplePrint(type);
	}

}
