package dk.kk.hfi.demo;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import dk.kk.hfi.domain.professional.ProfessionalRepository;
import dk.kk.hfi.web.ContentSecurityPolicy;
import dk.kk.hfi.web.InAppIdentityProvider;

/**
 * Demo mode's authorization server (Spring Authorization Server, inside the application):
 * OIDC discovery, JWKS, the client-credentials grant for the partner clients and
 * authorization code + PKCE for the web client, whose sign-in page lets one choose a demo
 * professional. Signs with the demo key ({@code JWKSource} bean).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoModeCondition.class)
class DemoAuthorizationServerConfiguration {

	static final String WEB_CLIENT_ID = "hfi-web";

	static final String SIGN_IN_PAGE = "/demo/sign-in";

	private final String issuer;

	DemoAuthorizationServerConfiguration(@Value("${hfi.demo.issuer}") String issuer) {
		this.issuer = issuer;
	}

	@Bean
	@Order(1)
	SecurityFilterChain demoAuthorizationServerFilterChain(HttpSecurity http, JwtGenerator demoTokenGenerator)
			throws Exception {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.tokenGenerator(demoTokenGenerator)
				.authorizationServerMetadataEndpoint((metadata) -> metadata
					.authorizationServerMetadataCustomizer((claims) -> claims.issuer(this.issuer)))
				.oidc((oidc) -> oidc.providerConfigurationEndpoint((discovery) -> discovery
					.providerConfigurationCustomizer((claims) -> claims.issuer(this.issuer))));
		})
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint(SIGN_IN_PAGE),
					new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
			.addFilterAfter(new SignInHintFilter(), SecurityContextHolderFilter.class)
			.headers(DemoAuthorizationServerConfiguration::clientPolicy);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain demoSignInFilterChain(HttpSecurity http, ProfessionalRepository professionals)
			throws Exception {
		http.securityMatcher(SIGN_IN_PAGE)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.formLogin((form) -> form.loginPage(SIGN_IN_PAGE)
				.usernameParameter(DemoSignInController.PROFESSIONAL)
				.failureUrl(SIGN_IN_PAGE + "?error"))
			.authenticationProvider(new DemoSignInProvider(professionals))
			.headers(DemoAuthorizationServerConfiguration::clientPolicy);
		return http.build();
	}

	@Bean
	RegisteredClientRepository demoRegisteredClients(
			@Value("${hfi.demo.web-client.redirect-uris}") List<String> webRedirectUris) {
		TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(DemoTokenIssuer.LIFETIME).build();
		PasswordEncoder secrets = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		RegisteredClient web = RegisteredClient.withId(WEB_CLIENT_ID)
			.clientId(WEB_CLIENT_ID)
			.clientName("HFI Familiegraf (web)")
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUris((uris) -> uris.addAll(webRedirectUris))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(tokens)
			.build();
		List<RegisteredClient> partners = DemoClient.ALL.stream()
			.map((client) -> RegisteredClient.withId(client.clientId())
				.clientId(client.clientId())
				// Fictional secrets, published in docs/configuration.md, yet stored
				// hashed as Spring Authorization Server expects
				// (it would replace a plain one with its hash at the first use).
				.clientSecret(secrets.encode(client.secret()))
				.clientName(client.name())
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
				.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
				.tokenSettings(tokens)
				.build())
			.toList();
		return new InMemoryRegisteredClientRepository(Stream.concat(Stream.of(web), partners.stream()).toList());
	}

	@Bean
	AuthorizationServerSettings demoAuthorizationServerSettings() {
		// No issuer set: endpoints are advertised at the address a request came in on;
		// tokens and discovery documents name the fixed demo issuer (DemoTokenClaims and
		// the customizers above).
		return AuthorizationServerSettings.builder().build();
	}

	@Bean
	JwtGenerator demoTokenGenerator(JWKSource<SecurityContext> demoJwkSource, ProfessionalRepository professionals,
			@Value("${spring.security.oauth2.resourceserver.jwt.audiences}") List<String> audiences) {
		JwtGenerator generator = new JwtGenerator(new NimbusJwtEncoder(demoJwkSource));
		generator.setJwtCustomizer(new DemoTokenClaims(professionals, this.issuer, audiences));
		return generator;
	}

	@Bean
	DemoTokenIssuer demoTokenIssuer(JwtGenerator demoTokenGenerator, RegisteredClientRepository demoRegisteredClients,
			AuthorizationServerSettings demoAuthorizationServerSettings) {
		return new DemoTokenIssuer(demoTokenGenerator, demoRegisteredClients, demoAuthorizationServerSettings,
				this.issuer);
	}

	@Bean
	InAppIdentityProvider demoIdentityProvider() {
		return new InAppIdentityProvider(WEB_CLIENT_ID, OidcScopes.OPENID);
	}

	private static void clientPolicy(HeadersConfigurer<HttpSecurity> headers) {
		headers
			.addHeaderWriter(new StaticHeadersWriter("Content-Security-Policy", ContentSecurityPolicy.forClient("")));
	}

	/**
	 * An authorization request whose {@code login_hint} names someone else than the
	 * session's professional signs that session out first, so switching demo
	 * professionals in the client never silently keeps the old one.
	 */
	static final class SignInHintFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String hint = request.getParameter("login_hint");
			Authentication current = SecurityContextHolder.getContext().getAuthentication();
			if (hint != null && current instanceof UsernamePasswordAuthenticationToken && current.isAuthenticated()
					&& !hint.equals(current.getName())) {
				new SecurityContextLogoutHandler().logout(request, response, current);
			}
			chain.doFilter(request, response);
		}

	}

}
