package dk.kk.hfi.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import dk.kk.hfi.HfiApplication;
import dk.kk.hfi.demo.DemoIds;

/**
 * Target 6: the family overview query over HTTP on loopback with wrk at fixed concurrency, against the
 * application started as its own JVM (so its heap and resident memory are its own), once on the default file
 * store and once on the in-memory store.
 */
final class HttpLoad {

	static final String CONNECTIONS = "8";

	static final String THREADS = "2";

	static final String WARM_UP = "6s";

	static final String DURATION = "15s";

	static final String SERVER_HEAP = "-Xmx512m";

	private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	private final Report report;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final JsonMapper json = JsonMapper.builder().build();

	HttpLoad(Report report) {
		this.report = report;
	}

	void run() throws Exception {
		if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
			this.report.figure("6", "HTTP load", "not run: wrk missing (apt-get install -y wrk)", null, null);
			return;
		}
		for (String mode : List.of("file", "memory")) {
			run(mode);
		}
	}

	private void run(String mode) throws Exception {
		Path work = Path.of(System.getProperty("benchmark.output", "target/benchmark"), "http-" + mode);
		delete(work);
		Files.createDirectories(work);
		int port = freePort();
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				SERVER_HEAP, "-cp", classpath, HfiApplication.class.getName(), "--server.port=" + port,
				"--hfi.store.mode=" + mode, "--hfi.store.data-dir=" + work.resolve("data"), "--hfi.demo.enabled=true",
				"--hfi.demo.seed=true", "--spring.main.banner-mode=off", "--logging.level.root=warn")
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("server.log").toFile())
			.start();
		try {
			awaitHealth(server, port, work);
			String token = token(port);
			String query = new String(getClass().getResourceAsStream("/graphql-test/familyOverview.graphql")
				.readAllBytes(), StandardCharsets.UTF_8);
			String body = this.json.writeValueAsString(Map.of("query", query, "operationName", "familyOverview",
					"variables", Map.of("id", DemoIds.FAMILY_FULL_CONSENT)));
			String sample = post(port, body, token);
			if (!sample.contains("\"members\"")) {
				throw new IllegalStateException("Unexpected overview response: " + sample);
			}
			Path script = work.resolve("overview.lua");
			Files.writeString(script, "wrk.method = \"POST\"\nwrk.body = " + luaString(body) + "\n"
					+ "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
					+ "wrk.headers[\"Authorization\"] = \"Bearer " + token + "\"\n");
			String url = "http://127.0.0.1:" + port + "/graphql";
			wrk(script, url, WARM_UP);
			long pid = server.pid();
			AtomicLong maxRss = new AtomicLong();
			AtomicLong maxHeapUsed = new AtomicLong();
			Thread sampler = new Thread(() -> sample(pid, maxRss, maxHeapUsed));
			sampler.setDaemon(true);
			sampler.start();
			String out = wrk(script, url, DURATION);
			sampler.interrupt();
			sampler.join(5000);
			Files.writeString(work.resolve("wrk.txt"), out);
			String rps = find(out, "Requests/sec:\\s+([\\d.]+)");
			String p50 = find(out, "\\n\\s+50%\\s+(\\S+)");
			String p99 = find(out, "\\n\\s+99%\\s+(\\S+)");
			String non2xx = find(out, "Non-2xx or 3xx responses:\\s+(\\d+)");
			String errors = find(out, "Socket errors:([^\\n]+)");
			String label = "HTTP, family overview as a SOF caseworker, " + mode + " store, wrk -t" + THREADS + " -c"
					+ CONNECTIONS + " -d" + DURATION;
			this.report.figure("6", label + ": throughput (req/s)", rps, null, null);
			this.report.figure("6", label + ": p50 / p99 latency", p50 + " / " + p99, null, null);
			this.report.figure("6", label + ": non-2xx responses / socket errors",
					((non2xx != null) ? non2xx : "0") + " / " + ((errors != null) ? errors.strip() : "none"), "0",
					non2xx == null && errors == null);
			this.report.figure("6", label + ": server heap used (max sampled) / resident memory (max) (MiB), "
					+ SERVER_HEAP, (maxHeapUsed.get() / 1024) + " / " + (maxRss.get() / 1024), null, null);
		}
		finally {
			server.destroy();
			if (!server.waitFor(30, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
	}

	/** Samples the server's resident set (VmRSS) and used heap (jcmd GC.heap_info) every half second, in KiB. */
	private static void sample(long pid, AtomicLong maxRss, AtomicLong maxHeapUsed) {
		Pattern used = Pattern.compile("used (\\d+)K");
		while (!Thread.currentThread().isInterrupted()) {
			try {
				for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
					if (line.startsWith("VmRSS:")) {
						maxRss.accumulateAndGet(Long.parseLong(line.replaceAll("\\D+", "")), Math::max);
					}
				}
				Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
						Long.toString(pid), "GC.heap_info")
					.redirectErrorStream(true)
					.start();
				String info = new String(jcmd.getInputStream().readAllBytes());
				jcmd.waitFor();
				Matcher matcher = used.matcher(info);
				if (matcher.find()) {
					maxHeapUsed.accumulateAndGet(Long.parseLong(matcher.group(1)), Math::max);
				}
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (IOException | RuntimeException ex) {
				// the server is gone
				return;
			}
		}
	}

	private static String wrk(Path script, String url, String duration) throws Exception {
		Process wrk = new ProcessBuilder("wrk", "-t" + THREADS, "-c" + CONNECTIONS, "-d" + duration, "--latency",
				"-s", script.toString(), url)
			.redirectErrorStream(true)
			.start();
		String out = new String(wrk.getInputStream().readAllBytes());
		wrk.waitFor();
		return out;
	}

	private void awaitHealth(Process server, int port, Path work) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			if (!server.isAlive()) {
				throw new IllegalStateException("Server exited: " + Files.readString(work.resolve("server.log")));
			}
			try {
				HttpResponse<String> health = this.http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("Server did not start");
	}

	private String token(int port) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/demo/token"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}"))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher matcher = TOKEN.matcher(response.body());
		if (!matcher.find()) {
			throw new IllegalStateException("No token: " + response.body());
		}
		return matcher.group(1);
	}

	private String post(int port, String body, String token) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private static String luaString(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

	private static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void delete(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> paths = Files.walk(directory)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

}
