package dk.kk.hfi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

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

	private final Report report;

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
		ServerProcess.delete(work);
		try (ServerProcess server = ServerProcess.start(work, SERVER_HEAP, mode)) {
			String token = server.token(DemoIds.SOF_CASEWORKER);
			String query = new String(getClass().getResourceAsStream("/graphql-test/familyOverview.graphql")
				.readAllBytes(), StandardCharsets.UTF_8);
			String body = this.json.writeValueAsString(Map.of("query", query, "operationName", "familyOverview",
					"variables", Map.of("id", DemoIds.FAMILY_FULL_CONSENT)));
			String sample = server.post(body, token);
			if (!sample.contains("\"members\"")) {
				throw new IllegalStateException("Unexpected overview response: " + sample);
			}
			Path script = work.resolve("overview.lua");
			Files.writeString(script, "wrk.method = \"POST\"\nwrk.body = " + luaString(body) + "\n"
					+ "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
					+ "wrk.headers[\"Authorization\"] = \"Bearer " + token + "\"\n");
			String url = server.url();
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

}
