package dk.kk.hfi.system;

import java.io.IOException;
import java.time.Instant;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.util.StringUtils;

import dk.kk.hfi.caller.CallerAuthentication;
import dk.kk.hfi.caller.CallerClaims;
import dk.kk.hfi.web.ContentSecurityPolicy;
import dk.kk.hfi.web.StaticClientPaths;

/**
 * Every {@code /graphql} and {@code /reports} request needs a bearer JWT that names the
 * caller, meant for this API (issuer, audience, expiry checked); the static client,
 * GraphiQL's page, health and the demo endpoints are open. No sessions, no cookies, so no
 * CSRF surface (demo mode's authorization server has its own filter chains).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String JWT = "spring.security.oauth2.resourceserver.jwt.";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, Environment environment,
			@Value("${hfi.web.oidc.issuer:}") String clientIssuer) throws Exception {
		requireIssuerAndAudience(environment);
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
				.authenticationEntryPoint(unauthenticated)
				.accessDeniedHandler((request, response, denied) -> HttpErrors.write(response, 403)))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthenticated)
				.accessDeniedHandler((request, response, denied) -> HttpErrors.write(response, 403)))
			// Headers written before the response, so that HEAD gets them too; the static
			// client's files carry their own validators and no-cache
			// (web.StaticClientConfiguration), everything else no-store.
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

	/**
	 * Tokens are checked for issuer, audience and expiry in every mode: Boot's decoder (a
	 * real issuer) and demo mode's check issuer and audience from configuration, and both
	 * apply this rule, since the timestamp check alone lets a token without {@code exp}
	 * through.
	 */
	@Bean
	OAuth2TokenValidator<Jwt> expiryRequired() {
		return new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull);
	}

	// Boot checks the issuer only when its URI is set, so keys from a JWK set URI alone
	// would accept any issuer.
	private static void requireIssuerAndAudience(Environment environment) {
		if (environment.containsProperty(JWT + "jwk-set-uri") && !environment.containsProperty(JWT + "issuer-uri")) {
			throw new IllegalStateException(
					"Set " + JWT + "issuer-uri with the jwk-set-uri: tokens' issuer is checked");
		}
		if (!StringUtils.hasText(environment.getProperty(JWT + "audiences"))) {
			throw new IllegalStateException("Set " + JWT + "audiences: tokens' audience is checked");
		}
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
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		HttpErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED);
	}

}
