package dk.kk.hfi.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

import dk.kk.hfi.common.SealedCursorEncoder;

/**
 * Cursors of every connection: Spring for GraphQL's keyset cursor, sealed with a key from
 * {@code hfi.paging.cursor-secret} (replaces Boot's plain Base64 strategy).
 */
@Configuration(proxyBeanMethods = false)
class CursorConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(CursorConfiguration.class);

	@Bean
	EncodingCursorStrategy<ScrollPosition> sealedCursorStrategy(@Value("${hfi.paging.cursor-secret:}") String secret) {
		SealedCursorEncoder encoder;
		if (secret.isBlank()) {
			logger.info("No hfi.paging.cursor-secret: cursors are sealed with a random key and expire on restart");
			encoder = SealedCursorEncoder.withRandomKey();
		}
		else {
			encoder = SealedCursorEncoder.withSecret(secret);
		}
		return CursorStrategy.withEncoder(new ScrollPositionCursorStrategy(), encoder);
	}

}
