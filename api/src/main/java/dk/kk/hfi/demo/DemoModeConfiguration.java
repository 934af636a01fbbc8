package dk.kk.hfi.demo;

import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Demo mode: the application signs its own tokens with a key pair kept in the store ({@link DemoSigningKey}), so
 * every process on the same store accepts them. Refused when a real issuer is configured, so demo tokens can never be accepted next to real ones.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoModeCondition.class)
class DemoModeConfiguration {

	static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

	static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

	private final KeyPair keyPair;

	DemoModeConfiguration(Environment environment, MongoTemplate mongo) {
		if (environment.containsProperty(ISSUER_URI) || environment.containsProperty(JWK_SET_URI)) {
			throw new IllegalStateException("Demo mode issues its own tokens and is refused when a real issuer is "
					+ "configured: set hfi.demo.enabled=false");
		}
		this.keyPair = DemoSigningKey.loadOrCreate(mongo);
	}

	@Bean
	JwtDecoder demoJwtDecoder() {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) this.keyPair.getPublic()).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(DemoTokenIssuer.ISSUER));
		return decoder;
	}

	@Bean
	DemoTokenIssuer demoTokenIssuer() {
		RSAKey key = new RSAKey.Builder((RSAPublicKey) this.keyPair.getPublic())
			.privateKey((RSAPrivateKey) this.keyPair.getPrivate())
			.build();
		return new DemoTokenIssuer(new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))));
	}

}
