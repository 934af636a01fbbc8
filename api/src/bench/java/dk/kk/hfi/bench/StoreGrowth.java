package dk.kk.hfi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import dk.kk.hfi.demo.DemoIds;
import dk.kk.hfi.system.BenchmarkStore;

/**
 * Target 7: bytes of store file per audited family read, on the default file store, read over HTTP from the
 * application started as its own JVM. Each round starts the server on the same file, reads one family
 * {@link #READS} times (each read writes one audit event) and stops it cleanly, as an operator does; the file is
 * measured as the clean stop left it.
 */
final class StoreGrowth {

	static final int READS = 2000;

	static final long GOAL_BYTES_PER_READ = 2048;

	private final Report report;

	private final JsonMapper json = JsonMapper.builder().build();

	StoreGrowth(Report report) {
		this.report = report;
	}

	void run() throws Exception {
		Path work = Path.of(System.getProperty("benchmark.output", "target/benchmark"), "store-growth");
		ServerProcess.delete(work);
		Path file = work.resolve("data").resolve("hfi.mv");
		String body = this.json.writeValueAsString(Map.of("query", "query FamilyName($id: ID!) { family(id: $id) "
				+ "{ id name } }", "variables", Map.of("id", DemoIds.FAMILY_FULL_CONSENT)));

		try (ServerProcess server = start(work)) {
			// seeded, then stopped cleanly
		}
		Store seeded = inspect(file, work);
		Store previous = seeded;
		Store[] rounds = new Store[2];
		for (int round = 0; round < 2; round++) {
			long start = System.nanoTime();
			try (ServerProcess server = start(work)) {
				String token = server.token(DemoIds.SOF_CASEWORKER);
				for (int i = 0; i < READS; i++) {
					String response = server.post(body, token);
					if (!response.contains("\"name\"") || response.contains("\"errors\"")) {
						throw new IllegalStateException("Unexpected response: " + response);
					}
				}
			}
			long atStop = Files.size(file);
			rounds[round] = inspect(file, work);
			long events = rounds[round].auditEvents() - previous.auditEvents();
			long perRead = (atStop - previous.bytes()) / READS;
			String label = (round == 0) ? "first " + READS + " reads" : "the same " + READS + " reads again";
			this.report.figure("7", "audit events written / audited family reads over HTTP, " + label,
					events + " / " + READS, "one each", events == READS);
			this.report.figure("7", "store file growth per audited family read after the clean stop (B), " + label,
					perRead, "≤ " + GOAL_BYTES_PER_READ, perRead <= GOAL_BYTES_PER_READ);
			this.report.detail("storeGrowthRound" + (round + 1) + "Seconds", (System.nanoTime() - start) / 1_000_000_000);
			previous = rounds[round];
		}
		Store idle = inspect(file, work);
		this.report.figure("7", "store file (bytes): seeded / after round 1 / after round 2 / opened and closed again",
				seeded.bytes() + " / " + rounds[0].bytes() + " / " + rounds[1].bytes() + " / " + idle.bytes(),
				"no growth without writes", idle.bytes() <= rounds[1].bytes());
		this.report.figure("7", "families in the store: seeded / at the end", seeded.families() + " / " + idle.families(),
				"the same", seeded.families() == idle.families());
	}

	/** Opens and closes the stopped server's file in a JVM of its own, started as the server is (no {@code -ea}). */
	private static Store inspect(Path file, Path work) throws Exception {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Path log = work.resolve("inspect.log");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				classpath, BenchmarkStore.class.getName(), file.toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("Inspecting the store failed, see " + log);
		}
		List<String> lines = Files.readAllLines(log);
		String[] figures = lines.stream()
			.filter((line) -> line.startsWith("store "))
			.reduce((a, b) -> b)
			.orElseThrow()
			.split(" ");
		return new Store(Long.parseLong(figures[1]), Long.parseLong(figures[2]), Long.parseLong(figures[3]));
	}

	private static ServerProcess start(Path work) throws Exception {
		return ServerProcess.start(work, "-Xmx512m", "file", "--hfi.store.backup.enabled=false");
	}

	private record Store(long bytes, long auditEvents, long families) {
	}

}
