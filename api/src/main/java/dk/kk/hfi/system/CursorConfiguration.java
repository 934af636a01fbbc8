package dk.kk.hfi.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

import dk.kk.hfi.common.CursorSeal;

/**
 * Cursors of every connection: Spring for GraphQL's keyset positions, plain inside the
 * server (replaces Boot's Base64 strategy), sealed for their caller and connection by
 * {@link CursorBinding} with a key from {@code hfi.paging.cursor-secret}.
 */
@Configuration(proxyBeanMethods = false)
class CursorConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(CursorConfiguration.class);

	@Bean
	EncodingCursorStrategy<ScrollPosition> plainCursorStrategy() {
		return CursorStrategy.withEncoder(new ScrollPositionCursorStrategy(), CursorEncoder.noOpEncoder());
	}

	@Bean
	CursorBinding cursorBinding(@Value("${hfi.paging.cursor-secret:}") String secret) {
		if (secret.isBlank()) {
			logger.info("No hfi.paging.cursor-secret: cursors are sealed with a random key and expire on restart");
			return new CursorBinding(CursorSeal.withRandomKey());
		}
		return new CursorBinding(CursorSeal.withSecret(secret));
	}

}
