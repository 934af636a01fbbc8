package dk.kk.hfi.system;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL at {@code /graphiql}, in demo mode only, with every asset served by the
 * application (the GraphiQL and React WebJars): users paste bearer tokens into this page,
 * so no third-party script may run in it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(GraphiQlPage.DemoMode.class)
class GraphiQlPage {

	/** Own scripts only; GraphiQL's editors set inline styles. */
	static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'";

	@Bean
	RouterFunction<ServerResponse> graphiQlRouterFunction() {
		return RouterFunctions.route()
			.GET("/graphiql", (request) -> asset("graphiql/index.html", MediaType.TEXT_HTML))
			.GET("/graphiql/graphiql-page.js",
					(request) -> asset("graphiql/graphiql-page.js", MediaType.parseMediaType("text/javascript")))
			.GET("/graphiql/graphiql-page.css",
					(request) -> asset("graphiql/graphiql-page.css", MediaType.parseMediaType("text/css")))
			.build();
	}

	private static ServerResponse asset(String path, MediaType type) {
		return ServerResponse.ok()
			.header("Content-Security-Policy", POLICY)
			.contentType(new MediaType(type, StandardCharsets.UTF_8))
			.body(new ClassPathResource(path));
	}

	static class DemoMode implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StoreSettings.demoEnabled(context.getEnvironment());
		}

	}

}
