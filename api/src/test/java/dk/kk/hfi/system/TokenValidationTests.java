package dk.kk.hfi.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resource server checks issuer, audience and expiry: tokens signed with the right
 * key that fail one check are refused with 401 and the JSON {@code UNAUTHENTICATED} body;
 * the same token passing all of them is accepted.
 */
class TokenValidationTests extends GraphQlTestSupport {

	private static final String QUERY = "{\"query\":\"{ me { __typename } }\"}";

	@Autowired
	private JWKSource<SecurityContext> jwkSource;

	@Test
	void tokenMeantForThisApiIsAccepted() {
		HttpResponse<String> response = post("/graphql", QUERY, sign(claims()));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("ProfessionalCaller");
	}

	@Test
	void tokenForAnotherAudienceIsRefused() {
		assertUnauthenticated(sign(claims().audience(List.of("another-api"))));
	}

	@Test
	void tokenWithoutAudienceIsRefused() {
		assertUnauthenticated(sign(claims().claims((all) -> all.remove("aud"))));
	}

	@Test
	void tokenFromAnotherIssuerIsRefused() {
		assertUnauthenticated(sign(claims().issuer("https://login.example.org/realms/other")));
	}

	@Test
	void expiredTokenIsRefused() {
		Instant past = Instant.now().minus(Duration.ofHours(2));
		assertUnauthenticated(sign(claims().issuedAt(past).expiresAt(past.plus(Duration.ofHours(1)))));
	}

	@Test
	void tokenWithoutExpiryIsRefused() {
		assertUnauthenticated(sign(claims().claims((all) -> all.remove("exp"))));
	}

	private void assertUnauthenticated(String token) {
		HttpResponse<String> response = post("/graphql", QUERY, token);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("\"code\":\"UNAUTHENTICATED\"").doesNotContain("Exception");
	}

	private static JwtClaimsSet.Builder claims() {
		Instant now = Instant.now();
		return JwtClaimsSet.builder()
			.issuer("http://localhost:8080")
			.audience(List.of("hfi-api"))
			.subject(DemoIds.SOF_CASEWORKER)
			.issuedAt(now)
			.expiresAt(now.plus(Duration.ofMinutes(5)))
			.claim("hfi_kind", "professional")
			.claim("hfi_administration", "SOF")
			.claim("hfi_support_team", false);
	}

	private String sign(JwtClaimsSet.Builder claims) {
		return new NimbusJwtEncoder(this.jwkSource)
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
			.getTokenValue();
	}

}
