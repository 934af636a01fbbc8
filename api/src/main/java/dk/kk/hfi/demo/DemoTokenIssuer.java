package dk.kk.hfi.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import dk.kk.hfi.caller.CallerClaims;
import dk.kk.hfi.professional.Professional;

/** Issues demo mode's own signed tokens, carrying the same claims a real identity provider would. */
public class DemoTokenIssuer {

	static final String ISSUER = "hfi-demo";

	static final Duration LIFETIME = Duration.ofHours(8);

	private final JwtEncoder encoder;

	DemoTokenIssuer(JwtEncoder encoder) {
		this.encoder = encoder;
	}

	public String tokenFor(Professional professional) {
		return encode(claims(professional.id()).claim(CallerClaims.KIND, CallerClaims.KIND_PROFESSIONAL)
			.claim(CallerClaims.ADMINISTRATION, professional.administration().name())
			.claim(CallerClaims.SUPPORT_TEAM, professional.supportTeam())
			.claim(CallerClaims.ROLE, professional.role().name())
			.claim(CallerClaims.NAME, professional.name()));
	}

	public String tokenFor(DemoClient client) {
		List<String> categories = client.categories().stream().map(Enum::name).sorted().collect(Collectors.toList());
		return encode(claims(client.clientId()).claim(CallerClaims.KIND, CallerClaims.KIND_CLIENT)
			.claim(CallerClaims.ADMINISTRATION, client.administration().name())
			.claim(CallerClaims.CATEGORIES, categories)
			.claim(CallerClaims.NAME, client.name()));
	}

	private static JwtClaimsSet.Builder claims(String subject) {
		Instant now = Instant.now();
		return JwtClaimsSet.builder().issuer(ISSUER).subject(subject).issuedAt(now).expiresAt(now.plus(LIFETIME));
	}

	private String encode(JwtClaimsSet.Builder claims) {
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
		return this.encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
	}

}
