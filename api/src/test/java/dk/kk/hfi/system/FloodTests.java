package dk.kk.hfi.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood of maximal requests from a signed-in caller (64 at once, each a body just under
 * the 1 MiB limit or just over it) is answered 200, 413 or 503 with a code, never 500,
 * and small queries are still answered meanwhile.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FloodTests extends GraphQlTestSupport {

	private static final int FLOOD = 64;

	@Test
	void aFloodOfMaximalRequestsGetsNoServerErrorAndSmallQueriesGoOn() throws Exception {
		String token = token("{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}");
		String other = token("{\"professionalId\":\"" + DemoIds.BIF_JOB_CASEWORKER + "\"}");
		String justUnder = "{\"query\":\"query($id: ID!) { family(id: $id) { id name } }\",\"variables\":{\"id\":\""
				+ "u".repeat(1024 * 1024 - 200) + "\"}}";
		String justOver = "{\"query\":\"{ me { __typename } }\",\"x\":\"" + "o".repeat(1024 * 1024) + "\"}";
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(16))
			.build();
		Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
		List<String> bodiesWithoutCode = new CopyOnWriteArrayList<>();
		List<Long> smallMillis = new CopyOnWriteArrayList<>();
		List<Integer> smallStatuses = new CopyOnWriteArrayList<>();
		AtomicBoolean flooding = new AtomicBoolean(true);
		Thread prober = new Thread(() -> {
			while (flooding.get()) {
				long start = System.nanoTime();
				HttpResponse<String> small = post("/graphql",
						"{\"query\":\"{ family(id: \\\"fam-002\\\") { id name } }\"}", other);
				smallMillis.add((System.nanoTime() - start) / 1_000_000);
				smallStatuses.add(small.statusCode());
			}
		});
		ExecutorService pool = Executors.newFixedThreadPool(FLOOD);
		List<Future<?>> flood = new ArrayList<>();
		long start = System.nanoTime();
		prober.start();
		for (int i = 0; i < FLOOD; i++) {
			String body = (i % 4 == 3) ? justOver : justUnder;
			flood.add(pool.submit(() -> {
				HttpResponse<String> response = client
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
						.timeout(Duration.ofSeconds(45))
						.header("Content-Type", "application/json")
						.header("Authorization", "Bearer " + token)
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build(), HttpResponse.BodyHandlers.ofString());
				statuses.merge(response.statusCode(), 1, Integer::sum);
				if (!response.body().contains("\"code\":\"")) {
					bodiesWithoutCode.add(response.body().substring(0, Math.min(200, response.body().length())));
				}
				return null;
			}));
		}
		for (Future<?> each : flood) {
			each.get(50, TimeUnit.SECONDS);
		}
		long floodMillis = (System.nanoTime() - start) / 1_000_000;
		flooding.set(false);
		prober.join(30_000);
		pool.shutdown();
		List<Long> sorted = smallMillis.stream().sorted().toList();
		long p99 = sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * 0.99) - 1));
		System.out.printf(
				"Flood: %d maximal requests in %d ms, statuses %s; %d small queries meanwhile, p50 %d ms, "
						+ "p99 %d ms, max %d ms%n",
				FLOOD, floodMillis, statuses, sorted.size(), sorted.get(sorted.size() / 2), p99,
				sorted.get(sorted.size() - 1));
		assertThat(statuses.keySet()).as("statuses").isSubsetOf(200, 413, 503).contains(413);
		assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(FLOOD);
		assertThat(bodiesWithoutCode).isEmpty();
		assertThat(smallStatuses).as("small queries during the flood").isNotEmpty().containsOnly(200);
	}

}
