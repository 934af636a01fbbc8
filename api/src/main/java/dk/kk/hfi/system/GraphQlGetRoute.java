package dk.kk.hfi.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.server.webmvc.GraphQlRequestPredicates;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import dk.kk.hfi.common.ErrorCode;
import dk.kk.hfi.domain.caller.Caller;

/**
 * GraphQL over HTTP GET, as the GraphQL-over-HTTP specification and clients such as urql
 * and Apollo's persisted-query link send it: {@code query}, {@code operationName},
 * {@code variables} and {@code extensions} as URL parameters, run by the same handler as
 * POST. Mutations never run over GET: 405 with {@code Allow: POST}. Requests Spring's
 * route does not take get a JSON answer with a code instead of an empty one.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlGetRoute {

	private static final String PATH = "/graphql";

	private final JsonMapper json = JsonMapper.builder().build();

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlGetRouterFunction(GraphQlHttpHandler handler, PersistedDocuments documents) {
		return RouterFunctions.route()
			.GET(PATH, (request) -> get(request, handler, documents))
			// A POST that Spring's GraphQL route does not take (its content type or
			// Accept header): a JSON answer.
			.route(RequestPredicates.POST(PATH)
				.and(GraphQlRequestPredicates.graphQlHttp(PATH).negate())
				.and(GraphQlRequestPredicates.graphQlSse(PATH).negate()), GraphQlGetRoute::unsupportedPost)
			.route(RequestPredicates.path(PATH)
				.and(RequestPredicates.methods(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)),
					(request) -> notAllowed("GraphQL requests are sent with GET (queries) or POST",
							Set.of(HttpMethod.GET, HttpMethod.POST)))
			.build();
	}

	private ServerResponse get(ServerRequest request, GraphQlHttpHandler handler, PersistedDocuments documents)
			throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		String query = request.param("query").orElse(null);
		try {
			putIfPresent(body, "query", query);
			putIfPresent(body, "operationName", request.param("operationName").orElse(null));
			putIfPresent(body, "variables", map(request.param("variables").orElse(null)));
			putIfPresent(body, "extensions", map(request.param("extensions").orElse(null)));
		}
		catch (JacksonException | ClassCastException ex) {
			return error(HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT.name(),
					"The variables and extensions parameters must be JSON objects", Set.of());
		}
		String document = query;
		if (document == null && body.get("extensions") instanceof Map<?, ?> extensions
				&& extensions.get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String hash) {
			document = documents.lookUp(caller(), hash);
		}
		if (document != null && !isQuery(document, (String) body.get("operationName"))) {
			return notAllowed("Mutations are sent with POST", Set.of(HttpMethod.POST));
		}
		ServerRequest post = ServerRequest.from(request)
			.method(HttpMethod.POST)
			.headers((headers) -> headers.setContentType(MediaType.APPLICATION_JSON))
			.body(this.json.writeValueAsString(body))
			.build();
		return handler.handleRequest(post);
	}

	private static ServerResponse unsupportedPost(ServerRequest request) {
		MediaType type = request.headers().contentType().orElse(null);
		if (type == null || !(MediaType.APPLICATION_JSON.isCompatibleWith(type)
				|| MediaType.parseMediaType("application/graphql").isCompatibleWith(type))) {
			return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
					"GraphQL requests are sent as application/json", Set.of());
		}
		return error(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE",
				"GraphQL responses are application/graphql-response+json or application/json", Set.of());
	}

	/**
	 * Whether the operation to run is a query; a document that does not parse is left to
	 * the handler's errors.
	 */
	private static boolean isQuery(String document, @Nullable String operationName) {
		Document parsed;
		try {
			parsed = Parser.parse(document);
		}
		catch (RuntimeException ex) {
			return true;
		}
		return parsed.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter((operation) -> operationName == null || operationName.equals(operation.getName()))
			.allMatch((operation) -> operation.getOperation() == OperationDefinition.Operation.QUERY);
	}

	@SuppressWarnings("unchecked")
	private @Nullable Map<String, Object> map(@Nullable String parameter) {
		return (parameter == null || parameter.isBlank()) ? null : this.json.readValue(parameter, Map.class);
	}

	private static void putIfPresent(Map<String, Object> body, String key, @Nullable Object value) {
		if (value != null) {
			body.put(key, value);
		}
	}

	private static @Nullable Caller caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof Caller caller) ? caller : null;
	}

	private static ServerResponse notAllowed(String message, Set<HttpMethod> allowed) {
		return error(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", message, allowed);
	}

	private static ServerResponse error(HttpStatus status, String code, String message, Set<HttpMethod> allowed) {
		return ServerResponse.status(status).headers((headers) -> {
			if (!allowed.isEmpty()) {
				headers.setAllow(allowed);
			}
		}).contentType(MediaType.APPLICATION_JSON).body(HttpErrors.body(code, message, Map.of()));
	}

}
