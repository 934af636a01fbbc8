package dk.kk.hfi.system;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Cross-origin access to {@code /graphql} for the origins in
 * {@code hfi.cors.allowed-origins} (none by default): the security filter chain answers
 * their preflight requests before authentication. Bearer tokens, no cookies, so no
 * credentials mode.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlCors {

	/** The bean name Spring Security's {@code cors()} looks for. */
	@Bean
	CorsConfigurationSource corsConfigurationSource(@Value("${hfi.cors.allowed-origins:}") List<String> origins) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		List<String> allowed = origins.stream().map(String::strip).filter((origin) -> !origin.isEmpty()).toList();
		if (!allowed.isEmpty()) {
			CorsConfiguration graphQl = new CorsConfiguration();
			graphQl.setAllowedOrigins(allowed);
			graphQl.setAllowedMethods(List.of("GET", "POST"));
			graphQl.setAllowedHeaders(List.of("*"));
			graphQl.setMaxAge(Duration.ofHours(1));
			source.registerCorsConfiguration("/graphql", graphQl);
			source.registerCorsConfiguration("/graphql/**", graphQl);
		}
		return source;
	}

}
