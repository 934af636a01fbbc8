package dk.kk.hfi.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

import dk.kk.hfi.caller.CallerAuthentication;
import dk.kk.hfi.caller.CallerClaims;
import dk.kk.hfi.web.ContentSecurityPolicy;

/**
 * Every {@code /graphql} and {@code /reports} request needs a bearer JWT that names the caller; the static client,
 * GraphiQL's page, health and the demo endpoints are open. No sessions, no cookies, so no CSRF surface.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String UNAUTHENTICATED_BODY = """
			{"errors":[{"message":"Authentication is required: send a valid bearer token","extensions":{"code":"UNAUTHENTICATED"}}]}""";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http,
			@Value("${hfi.web.oidc.issuer:}") String clientIssuer) throws Exception {
		AuthenticationEntryPoint unauthenticated = SecurityConfiguration::writeUnauthenticated;
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/graphql", "/graphql/**", "/reports/**")
			.authenticated()
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.denyAll()
			.anyRequest()
			.permitAll())
			.csrf((csrf) -> csrf.disable())
			.cors(Customizer.withDefaults())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(
						(token) -> new CallerAuthentication(token, CallerClaims.callerOf(token))))
				.authenticationEntryPoint(unauthenticated))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthenticated))
			.headers((headers) -> headers.addHeaderWriter(staticClientPolicy(clientIssuer)));
		return http.build();
	}

	// GraphiQL's page (demo mode only) sends its own policy: see GraphiQlPage.
	private static DelegatingRequestMatcherHeaderWriter staticClientPolicy(String clientIssuer) {
		return new DelegatingRequestMatcherHeaderWriter(
				new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/graphiql/**")),
				new StaticHeadersWriter("Content-Security-Policy", ContentSecurityPolicy.forClient(clientIssuer)));
	}

	private static void writeUnauthenticated(jakarta.servlet.http.HttpServletRequest request,
			HttpServletResponse response, org.springframework.security.core.AuthenticationException ex)
			throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter().write(UNAUTHENTICATED_BODY);
	}

}
