package dk.kk.hfi.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

import dk.kk.hfi.caller.CallerAuthentication;
import dk.kk.hfi.caller.CallerClaims;
import dk.kk.hfi.web.ContentSecurityPolicy;
import dk.kk.hfi.web.StaticClientPaths;

/**
 * Every {@code /graphql} and {@code /reports} request needs a bearer JWT that names the caller; the static client,
 * GraphiQL's page, health and the demo endpoints are open. No sessions, no cookies, so no CSRF surface.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

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
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(
						(token) -> new CallerAuthentication(token, CallerClaims.callerOf(token))))
				.authenticationEntryPoint(unauthenticated)
				.accessDeniedHandler((request, response, denied) -> HttpErrors.write(response, 403)))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthenticated)
				.accessDeniedHandler((request, response, denied) -> HttpErrors.write(response, 403)))
			// Headers written before the response, so that HEAD gets them too; the static client's files carry their
			// own validators and no-cache (web.StaticClientConfiguration), everything else no-store.
			.headers((headers) -> headers.addHeaderWriter(staticClientPolicy(clientIssuer))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.cacheControl((cache) -> cache.disable())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(StaticClientPaths::isApi,
						new CacheControlHeadersWriter()))
				.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
					@Override
					public <O extends HeaderWriterFilter> O postProcess(O filter) {
						filter.setShouldWriteHeadersEagerly(true);
						return filter;
					}
				}));
		return http.build();
	}

	// GraphiQL's page loads its own inline and CDN assets, so the client's strict policy is not sent with it.
	private static DelegatingRequestMatcherHeaderWriter staticClientPolicy(String clientIssuer) {
		return new DelegatingRequestMatcherHeaderWriter(
				new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/graphiql/**")),
				new StaticHeadersWriter("Content-Security-Policy", ContentSecurityPolicy.forClient(clientIssuer)));
	}

	private static void writeUnauthenticated(jakarta.servlet.http.HttpServletRequest request,
			HttpServletResponse response, org.springframework.security.core.AuthenticationException ex)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		HttpErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED);
	}

}
