package dk.kk.hfi.demo;

import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Demo mode: the in-app authorization server
 * ({@link DemoAuthorizationServerConfiguration}) signs tokens with the key of
 * {@link #demoJwkSource()} (kept in the store, shared by every process on it), and the
 * resource server accepts exactly those. Refused when a real issuer is configured, so
 * demo tokens can never be accepted next to real ones.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoModeCondition.class)
class DemoModeConfiguration {

	static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

	static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

	private final MongoTemplate mongo;

	DemoModeConfiguration(Environment environment, MongoTemplate mongo) {
		this.mongo = mongo;
		if (environment.containsProperty(ISSUER_URI) || environment.containsProperty(JWK_SET_URI)) {
			throw new IllegalStateException("Demo mode issues its own tokens and is refused when a real issuer is "
					+ "configured: set hfi.demo.enabled=false");
		}
	}

	/**
	 * The one signing key of demo mode, kept in the store ({@link DemoSigningKey}) so
	 * that every process on the same store signs and accepts the same tokens; its key id
	 * is fixed for the same reason.
	 */
	@Bean
	JWKSource<SecurityContext> demoJwkSource() {
		KeyPair keyPair = DemoSigningKey.loadOrCreate(this.mongo);
		RSAKey key = new RSAKey.Builder((RSAPublicKey) keyPair.getPublic())
			.privateKey((RSAPrivateKey) keyPair.getPrivate())
			.keyID(DemoSigningKey.KEY_ID)
			.build();
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	/**
	 * Issuer, audience and expiry are checked as for a real provider (plus the rules
	 * shared by every mode).
	 */
	@Bean
	JwtDecoder demoJwtDecoder(JWKSource<SecurityContext> demoJwkSource, @Value("${hfi.demo.issuer}") String issuer,
			@Value("${spring.security.oauth2.resourceserver.jwt.audiences}") List<String> audiences,
			ObjectProvider<OAuth2TokenValidator<Jwt>> sharedRules) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(demoJwkSource).build();
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(JwtValidators.createDefaultWithIssuer(issuer));
		validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				(aud) -> aud != null && aud.stream().anyMatch(audiences::contains)));
		sharedRules.orderedStream().forEach(validators::add);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
		return decoder;
	}

}
