package dk.kk.hfi.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The static client's sources keep the house rules that a browser test cannot see. */
class StaticClientSourceTests {

	private static final Pattern HTML_SINKS = Pattern
		.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function\\(");

	private static final Pattern INLINE_CODE = Pattern.compile("<script(?![^>]*\\bsrc=)|<style|style=\"|\\son\\w+=\"");

	@Test
	void scriptsNeverWriteHtml() throws IOException {
		Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:static/js/**/*.js");
		assertThat(scripts).hasSizeGreaterThan(10);
		for (Resource script : scripts) {
			String source = script.getContentAsString(StandardCharsets.UTF_8);
			assertThat(HTML_SINKS.matcher(source).find()).as(script.getFilename()).isFalse();
			assertThat(source).as(script.getFilename()).doesNotContain("'style'", "setAttribute('style'");
		}
	}

	@Test
	void pageHasNoInlineScriptsOrStyles() throws IOException {
		Resource page = new PathMatchingResourcePatternResolver().getResource("classpath:static/index.html");
		String html = page.getContentAsString(StandardCharsets.UTF_8);
		assertThat(INLINE_CODE.matcher(html).find()).isFalse();
		assertThat(html).contains("<script type=\"module\" src=\"js/main.js\"></script>");
	}

}
