package dk.kk.hfi.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The client's one stylesheet: {@code styles/main.css} with its {@code @import}s of the
 * component stylesheets inlined when the application starts, so the page loads one CSS
 * file instead of a chain of sixteen, while the sources keep one stylesheet per component
 * and the client keeps no build step.
 */
@RestController
class StylesheetController {

	private static final Pattern IMPORT = Pattern.compile("@import\\s+url\\(\"([a-z0-9-]+\\.css)\"\\);\\s*");

	private final String css;

	private final String etag;

	StylesheetController() throws IOException {
		String main = read("main.css");
		Matcher imports = IMPORT.matcher(main);
		StringBuilder inlined = new StringBuilder();
		while (imports.find()) {
			imports.appendReplacement(inlined,
					Matcher.quoteReplacement("/* " + imports.group(1) + " */\n" + read(imports.group(1)) + "\n"));
		}
		imports.appendTail(inlined);
		this.css = inlined.toString();
		this.etag = "W/\""
				+ StaticClientConfiguration.contentHash(
						new org.springframework.core.io.ByteArrayResource(this.css.getBytes(StandardCharsets.UTF_8)))
				+ "\"";
	}

	@GetMapping("/styles/main.css")
	@Nullable ResponseEntity<String> stylesheet(WebRequest request) {
		if (request.checkNotModified(this.etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.eTag(this.etag)
			.body(this.css);
	}

	private static String read(String name) throws IOException {
		return new ClassPathResource("static/styles/" + name).getContentAsString(StandardCharsets.UTF_8);
	}

}
