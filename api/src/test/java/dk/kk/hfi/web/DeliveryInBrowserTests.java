package dk.kk.hfi.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery as Chromium sees it on the family overview: first content from at most 10
 * requests, and a warm reload transfers no unchanged static file again (every one
 * revalidated with a 304 or taken from the cache).
 */
class DeliveryInBrowserTests extends BrowserTestSupport {

	private static final String ENTRIES = """
			const fcp = performance.getEntriesByName('first-contentful-paint')[0];
			return { fcp: fcp ? fcp.startTime : -1, entries: performance.getEntriesByType('resource').map((e) => ({
			  name: new URL(e.name).pathname, start: e.startTime, transfer: e.transferSize, body: e.encodedBodySize,
			  blocking: e.renderBlockingStatus })) };
			""";

	@Test
	void firstContentNeedsFewRequestsAndAWarmReloadTransfersNoStaticFileAgain() {
		signInAs(DemoIds.SOF_CASEWORKER);
		go("#/familie/" + DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH);
		waitFor(By.id("section-members"));
		driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
		driver.navigate().refresh();
		waitFor(By.id("section-members"));
		Map<String, Map<String, Object>> cold = byName(load());
		driver.navigate().refresh();
		waitFor(By.id("section-members"));
		Map<String, Object> warm = load();
		List<Map<String, Object>> entries = entries(warm);
		List<Map<String, Object>> statics = entries.stream().filter((e) -> isStatic(e)).toList();
		// Unchanged: a warm transfer smaller than the cold one (headers of a 304, or
		// nothing from the cache).
		List<Object> again = statics.stream()
			.filter((e) -> number(e, "transfer") > 0
					&& number(e, "transfer") >= number(cold.getOrDefault(e.get("name"), e), "transfer"))
			.map((e) -> e.get("name"))
			.toList();
		long blocking = entries.stream().filter((e) -> "blocking".equals(e.get("blocking"))).count();
		long coldBytes = cold.values().stream().filter(this::isStatic).mapToLong((e) -> number(e, "transfer")).sum();
		long warmBytes = statics.stream().mapToLong((e) -> number(e, "transfer")).sum();
		System.out.printf("Delivery, family overview in Chromium: %d requests in all (%d static files, %d API); "
				+ "first contentful paint at %.0f ms needed %d requests (the page and %d render-blocking); "
				+ "static bytes transferred cold %d, warm reload %d; static files transferred again on the warm reload: %s%n",
				entries.size() + 1, statics.size(), entries.size() - statics.size(), number(warm, "fcp") * 1.0,
				blocking + 1, blocking, coldBytes, warmBytes, again);
		assertThat(number(warm, "fcp")).isPositive();
		assertThat(blocking + 1).isLessThanOrEqualTo(10);
		assertThat(statics).hasSizeGreaterThan(10);
		assertThat(again).isEmpty();
		assertThat(warmBytes).isLessThan(coldBytes / 4);
	}

	private boolean isStatic(Map<String, Object> entry) {
		String name = String.valueOf(entry.get("name"));
		return !name.equals("/graphql") && !name.startsWith("/demo") && !name.equals("/client-config");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> load() {
		return (Map<String, Object>) driver.executeScript(ENTRIES);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> entries(Map<String, Object> load) {
		return (List<Map<String, Object>>) load.get("entries");
	}

	private static Map<String, Map<String, Object>> byName(Map<String, Object> load) {
		Map<String, Map<String, Object>> byName = new java.util.LinkedHashMap<>();
		entries(load).forEach((e) -> byName.putIfAbsent(String.valueOf(e.get("name")), e));
		return byName;
	}

	private static long number(Map<String, Object> map, String key) {
		return ((Number) map.get(key)).longValue();
	}

}
