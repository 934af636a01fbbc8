package dk.kk.hfi.demo;

import java.util.List;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import dk.kk.hfi.caller.CallerClaims;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRepository;

/**
 * The claims of every token the demo authorization server signs: the demo issuer, the
 * API's audience and who the caller is, as a real identity provider maps them (see
 * {@link CallerClaims} and the Keycloak realm).
 */
class DemoTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	/** The professional's {@code ProfessionalRole} name. */
	static final String ROLE = CallerClaims.ROLE;

	private final ProfessionalRepository professionals;

	private final String issuer;

	private final List<String> audience;

	DemoTokenClaims(ProfessionalRepository professionals, String issuer, List<String> audience) {
		this.professionals = professionals;
		this.issuer = issuer;
		this.audience = audience;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		JwtClaimsSet.Builder claims = context.getClaims();
		// Endpoints follow the address the request came in on, the issuer does not:
		// tokens stay valid whichever address (or process, on a shared key) issued them.
		claims.issuer(this.issuer);
		if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			claims.audience(this.audience);
		}
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			DemoClient client = DemoClient.byId(context.getRegisteredClient().getClientId())
				.orElseThrow(() -> invalid("Not a partner client"));
			claims.subject(client.clientId())
				.claim(CallerClaims.KIND, CallerClaims.KIND_CLIENT)
				.claim(CallerClaims.ADMINISTRATION, client.administration().name())
				.claim(CallerClaims.CATEGORIES, client.categories().stream().map(Enum::name).sorted().toList())
				.claim(CallerClaims.NAME, client.name());
		}
		else {
			Professional professional = this.professionals.findById(context.getPrincipal().getName())
				.orElseThrow(() -> invalid("No such demo professional"));
			claims.claim(CallerClaims.KIND, CallerClaims.KIND_PROFESSIONAL)
				.claim(CallerClaims.ADMINISTRATION, professional.administration().name())
				.claim(CallerClaims.SUPPORT_TEAM, professional.supportTeam())
				.claim(ROLE, professional.role().name())
				.claim(CallerClaims.NAME, professional.name());
		}
	}

	private static OAuth2AuthenticationException invalid(String description) {
		return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, description, null));
	}

}
