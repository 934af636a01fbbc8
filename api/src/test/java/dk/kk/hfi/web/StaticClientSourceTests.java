package dk.kk.hfi.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

	@Test
	void pagePreloadsTheWholeModuleGraph() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		String html = resolver.getResource("classpath:static/index.html").getContentAsString(StandardCharsets.UTF_8);
		java.util.Set<String> graph = new java.util.TreeSet<>();
		java.util.Deque<String> pending = new java.util.ArrayDeque<>(List.of("js/main.js"));
		Pattern imports = Pattern.compile("^import[^;]*?from\\s+'([^']+)'", Pattern.MULTILINE | Pattern.DOTALL);
		while (!pending.isEmpty()) {
			String module = pending.pop();
			if (!graph.add(module)) {
				continue;
			}
			String source = resolver.getResource("classpath:static/" + module)
				.getContentAsString(StandardCharsets.UTF_8);
			java.util.regex.Matcher matcher = imports.matcher(source);
			while (matcher.find()) {
				pending.push(java.nio.file.Path.of(module).resolveSibling(matcher.group(1)).normalize().toString());
			}
		}
		java.util.Set<String> preloaded = new java.util.TreeSet<>();
		java.util.regex.Matcher links = Pattern.compile("<link rel=\"modulepreload\" href=\"([^\"]+)\">").matcher(html);
		while (links.find()) {
			preloaded.add(links.group(1));
		}
		assertThat(graph).hasSizeGreaterThan(20);
		assertThat(preloaded).isEqualTo(graph);
	}

}
