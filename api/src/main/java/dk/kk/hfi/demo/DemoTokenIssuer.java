package dk.kk.hfi.demo;

import java.time.Duration;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

import dk.kk.hfi.domain.professional.Professional;

/**
 * The shortcut behind {@code POST /demo/token}: asks the authorization server's own token
 * generator in-process for the token its endpoints would issue (a professional as through
 * the web client's code flow, a partner client as through the client-credentials grant),
 * so there is one issuer, one key and one set of claims.
 */
class DemoTokenIssuer {

	static final Duration LIFETIME = Duration.ofHours(8);

	private final OAuth2TokenGenerator<? extends OAuth2Token> generator;

	private final RegisteredClientRepository clients;

	private final AuthorizationServerContext serverContext;

	DemoTokenIssuer(OAuth2TokenGenerator<? extends OAuth2Token> generator, RegisteredClientRepository clients,
			AuthorizationServerSettings settings, String issuer) {
		this.generator = generator;
		this.clients = clients;
		this.serverContext = new AuthorizationServerContext() {

			@Override
			public String getIssuer() {
				return issuer;
			}

			@Override
			public AuthorizationServerSettings getAuthorizationServerSettings() {
				return settings;
			}

		};
	}

	String tokenFor(Professional professional) {
		Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(professional.id(), null,
				AuthorityUtils.NO_AUTHORITIES);
		return generate(client(DemoAuthorizationServerConfiguration.WEB_CLIENT_ID), signedIn,
				AuthorizationGrantType.AUTHORIZATION_CODE);
	}

	String tokenFor(DemoClient partner) {
		RegisteredClient client = client(partner.clientId());
		return generate(client,
				new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.CLIENT_SECRET_BASIC, null),
				AuthorizationGrantType.CLIENT_CREDENTIALS);
	}

	private RegisteredClient client(String clientId) {
		RegisteredClient client = this.clients.findByClientId(clientId);
		if (client == null) {
			throw new IllegalStateException("Demo client not registered: " + clientId);
		}
		return client;
	}

	private String generate(RegisteredClient client, Authentication principal, AuthorizationGrantType grant) {
		OAuth2Token token = this.generator.generate(DefaultOAuth2TokenContext.builder()
			.registeredClient(client)
			.principal(principal)
			.authorizationServerContext(this.serverContext)
			.authorizedScopes(Set.of())
			.tokenType(OAuth2TokenType.ACCESS_TOKEN)
			.authorizationGrantType(grant)
			.build());
		if (token == null) {
			throw new IllegalStateException("The token generator made no access token");
		}
		return token.getTokenValue();
	}

}
