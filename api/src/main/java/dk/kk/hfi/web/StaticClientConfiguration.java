package dk.kk.hfi.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Delivery of the static client: every file with validators (a weak content-hash ETag and
 * Last-Modified) and {@code Cache-Control: no-cache}, so a reload revalidates and
 * transfers nothing unchanged again, while a new release is seen at once (the files keep
 * their names: there is no build step to version them).
 */
@Configuration(proxyBeanMethods = false)
class StaticClientConfiguration implements WebMvcConfigurer {

	private final Map<String, String> etags = new ConcurrentHashMap<>();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// GraphiQL's scripts (demo mode only) come from the application's own WebJars,
		// never a CDN.
		registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/");
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.noCache())
			.setUseLastModified(true)
			.setEtagGenerator(this::etag);
	}

	private @Nullable String etag(Resource resource) {
		try {
			String key = resource.getURL().toString();
			// Weak: the same content goes out gzipped or not (and the container
			// compresses only weakly tagged files).
			return this.etags.computeIfAbsent(key, (url) -> "W/\"" + contentHash(resource) + "\"");
		}
		catch (IOException ex) {
			return null;
		}
	}

	static String contentHash(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(in.readAllBytes()), 0, 16);
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Static file unreadable", ex);
		}
	}

}
