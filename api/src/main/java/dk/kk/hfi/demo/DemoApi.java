package dk.kk.hfi.demo;

import java.net.URI;
import java.time.Instant;
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
	 * Runs {@code mutation} with {@code input} as {@code by}; the documents it creates
	 * get {@code newIds}, in the order the service creates them.
	 * @return the payload's fields that {@code selection} asked for
	 */
	Map<String, Object> mutate(Professional by, Instant at, String mutation, Map<String, Object> input,
			List<String> newIds, String selection) {
		String document = "mutation Demo($input: " + inputType(mutation) + ") { " + mutation + "(input: $input) "
				+ selection + " }";
		WebGraphQlRequest request = new WebGraphQlRequest(ENDPOINT, new HttpHeaders(), null, null, Map.of(),
				Map.of("query", document, "operationName", "Demo", "variables", Map.of("input", input)),
				"demo-" + this.requests.incrementAndGet(), Locale.ENGLISH);
		WebGraphQlResponse response = ApplicationClock.at(at,
				() -> DemoIdGenerator.handingOut(newIds, () -> as(by, request)));
		if (!response.getErrors().isEmpty()) {
			ResponseError error = response.getErrors().get(0);
			throw new IllegalStateException("The API refused the demo's " + mutation + " by " + by.id() + ": "
					+ error.getErrorType() + " at " + error.getParsedPath() + ": " + error.getMessage());
		}
		Map<String, Object> data = Objects.requireNonNull(response.getData());
		@SuppressWarnings("unchecked")
		Map<String, Object> payload = (Map<String, Object>) Objects.requireNonNull(data.get(mutation));
		return payload;
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
