package dk.kk.hfi.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dk.kk.hfi.HfiApplication;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded file store keeps what was written across a restart, and its online
 * backups, taken while writes go on, restore every write acknowledged before them. Both
 * start from the store seeded once per run ({@link SeededStore}), which is itself the
 * demo seeded into a new file.
 */
class FileStoreRestartTests {

	private static final Pattern VALUE = Pattern.compile("\"(access_token|id|name)\"\\s*:\\s*\"([^\"]+)\"");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path dataDir;

	@Test
	void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
		SeededStore.copyInto(this.dataDir);
		// On a MongoDB server the data is not a file here; the restart is checked all the
		// same.
		Path file = this.dataDir.resolve("hfi.mv");
		byte[] seeded = SeededStore.isEmbedded() ? Files.readAllBytes(file) : null;
		String familyId;
		try (ConfigurableApplicationContext first = start()) {
			int port = port(first);
			String token = value(
					post(port, "/demo/token", "{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}", null),
					"access_token");
			String created = post(port, "/graphql",
					"{\"query\":\"mutation { createFamily(input: {name: "
							+ "\\\"Familien Genstart\\\", district: NORREBRO, members: [{firstName: \\\"Rita\\\", "
							+ "lastName: \\\"Genstart\\\", role: MOTHER}]}) { family { id } } }\"}",
					token);
			familyId = value(created, "id");
		}
		if (seeded != null) {
			assertThat(Files.readAllBytes(file)).isNotEqualTo(seeded);
		}
		try (ConfigurableApplicationContext second = start()) {
			int port = port(second);
			String token = value(
					post(port, "/demo/token", "{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}", null),
					"access_token");
			String read = post(port, "/graphql", "{\"query\":\"{ family(id: \\\"" + familyId + "\\\") { name } }\"}",
					token);
			assertThat(value(read, "name")).isEqualTo("Familien Genstart");
			String all = post(port, "/graphql", "{\"query\":\"{ families(first: 100, filter: {text: \\\"Familien\\\"}) "
					+ "{ edges { node { id } } } }\"}", token);
			assertThat(all).contains(DemoIds.FAMILY_FULL_CONSENT);
		}
	}

	/**
	 * With a configured cursor secret (as every deployment of more than one instance has,
	 * docker-compose.yml), a cursor issued before a restart still pages for its caller
	 * after it, and still for no one else.
	 */
	@Test
	void aCursorFromBeforeARestartStillPagesForItsCallerOnly() throws Exception {
		SeededStore.copyInto(this.dataDir);
		String secret = "--hfi.paging.cursor-secret=restart-test-secret";
		String query = "{\"query\":\"query($after: String) { families(first: 2, after: $after) "
				+ "{ edges { cursor node { id } } } }\",\"variables\":{\"after\":%s}}";
		String cursor;
		try (ConfigurableApplicationContext first = start(this.dataDir, secret)) {
			int port = port(first);
			String token = demoToken(port, DemoIds.SUPPORT_COORDINATOR);
			JsonNode page = JSON.readTree(post(port, "/graphql", query.formatted("null"), token));
			cursor = page.path("data").path("families").path("edges").get(1).path("cursor").asString();
		}
		try (ConfigurableApplicationContext second = start(this.dataDir, secret)) {
			int port = port(second);
			String token = demoToken(port, DemoIds.SUPPORT_COORDINATOR);
			JsonNode four = JSON.readTree(
					post(port, "/graphql", "{\"query\":\"{ families(first: 4) { edges { node { id } } } }\"}", token));
			JsonNode next = JSON.readTree(post(port, "/graphql", query.formatted("\"" + cursor + "\""), token));
			assertThat(next.path("errors").isMissingNode()).as("errors of the owner's page").isTrue();
			assertThat(ids(next)).containsExactlyElementsOf(ids(four).subList(2, 4));

			String other = demoToken(port, DemoIds.BIF_JOB_CASEWORKER);
			JsonNode refused = JSON.readTree(post(port, "/graphql", query.formatted("\"" + cursor + "\""), other));
			assertThat(refused.path("errors").get(0).path("extensions").path("code").asString())
				.isEqualTo("BAD_USER_INPUT");
			assertThat(refused.path("data").path("families").isMissingNode()
					|| refused.path("data").path("families").isNull())
				.isTrue();
		}
	}

	private String demoToken(int port, String professionalId) throws Exception {
		return value(post(port, "/demo/token", "{\"professionalId\":\"" + professionalId + "\"}", null),
				"access_token");
	}

	private static List<String> ids(JsonNode response) {
		List<String> ids = new ArrayList<>();
		response.path("data")
			.path("families")
			.path("edges")
			.forEach((edge) -> ids.add(edge.path("node").path("id").asString()));
		return ids;
	}

	@Test
	@DisabledIfEnvironmentVariable(named = "SPRING_MONGODB_URI", matches = ".+",
			disabledReason = "backs up the embedded store, which does not start when a MongoDB URI is configured")
	void anOnlineBackupTakenUnderWriteLoadRestoresEveryWriteAcknowledgedBeforeIt() throws Exception {
		SeededStore.copyInto(this.dataDir);
		Path backups = this.dataDir.resolve("backups");
		Map<String, String> acknowledged = new ConcurrentHashMap<>();
		try (ConfigurableApplicationContext running = start(this.dataDir, "--hfi.store.backup.interval=PT0.5S",
				"--hfi.store.backup.keep=3")) {
			int port = port(running);
			String token = value(
					post(port, "/demo/token", "{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}", null),
					"access_token");
			ExecutorService writers = Executors.newFixedThreadPool(2);
			long until = System.nanoTime() + 2_500_000_000L;
			for (int writer = 0; writer < 2; writer++) {
				int w = writer;
				writers.submit(() -> {
					for (int i = 0; System.nanoTime() < until; i++) {
						String name = "Familien Backup " + w + "-" + i;
						String created = post(port, "/graphql",
								"{\"query\":\"mutation { createFamily(input: {name: " + "\\\"" + name
										+ "\\\", district: NORREBRO, members: [{firstName: \\\"Rita\\\", "
										+ "lastName: \\\"Backup\\\", role: MOTHER}]}) { family { id } } }\"}",
								token);
						acknowledged.put(value(created, "id"), name);
					}
					return null;
				});
			}
			writers.shutdown();
			assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
			// Wait for a backup started after the last acknowledged write (a backup is
			// named when it starts).
			String afterLoad = "hfi-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"))
					+ ".mv";
			long deadline = System.currentTimeMillis() + 30_000;
			while (newestBackupName(backups).compareTo(afterLoad) <= 0 && System.currentTimeMillis() < deadline) {
				Thread.sleep(100);
			}
			assertThat(newestBackupName(backups)).isGreaterThan(afterLoad);
		}
		List<Path> kept = backupFiles(backups);
		assertThat(kept).hasSizeBetween(1, 3);
		assertThat(acknowledged).hasSizeGreaterThan(5);

		// Restore the newest backup into a fresh data directory, as docs/store.md
		// describes, and read every family back.
		Path restored = this.dataDir.resolve("restored");
		Files.createDirectories(restored);
		Files.copy(kept.get(kept.size() - 1), restored.resolve("hfi.mv"));
		try (ConfigurableApplicationContext fromBackup = start(restored, "--hfi.store.backup.enabled=false")) {
			int port = port(fromBackup);
			String token = value(
					post(port, "/demo/token", "{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}", null),
					"access_token");
			for (Map.Entry<String, String> family : acknowledged.entrySet()) {
				String read = post(port, "/graphql",
						"{\"query\":\"{ family(id: \\\"" + family.getKey() + "\\\") { name } }\"}", token);
				assertThat(value(read, "name")).isEqualTo(family.getValue());
			}
		}
		// An older backup, taken while the writers were busy, opens as well.
		Path older = this.dataDir.resolve("older");
		Files.createDirectories(older);
		Files.copy(kept.get(0), older.resolve("hfi.mv"));
		try (ConfigurableApplicationContext fromOlder = start(older, "--hfi.store.backup.enabled=false")) {
			int port = port(fromOlder);
			String token = value(
					post(port, "/demo/token", "{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}", null),
					"access_token");
			String read = post(port, "/graphql",
					"{\"query\":\"{ family(id: \\\"" + DemoIds.FAMILY_FULL_CONSENT + "\\\") { name } }\"}", token);
			assertThat(read).doesNotContain("\"errors\"");
		}
	}

	private static String newestBackupName(Path backups) throws IOException {
		List<Path> files = backupFiles(backups);
		return files.isEmpty() ? "" : files.get(files.size() - 1).getFileName().toString();
	}

	private static List<Path> backupFiles(Path backups) throws IOException {
		if (!Files.isDirectory(backups)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(backups)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".mv")).sorted().toList();
		}
	}

	private ConfigurableApplicationContext start() {
		return start(this.dataDir);
	}

	private ConfigurableApplicationContext start(Path dataDir, String... more) {
		List<String> args = new ArrayList<>(
				List.of("--server.port=0", "--hfi.store.mode=file", "--hfi.store.data-dir=" + dataDir,
						"--hfi.demo.enabled=true", "--hfi.demo.seed=true", "--spring.main.banner-mode=off"));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(HfiApplication.class).run(args.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private String post(int port, String path, String json, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static String value(String json, String key) {
		Matcher matcher = VALUE.matcher(json);
		while (matcher.find()) {
			if (matcher.group(1).equals(key)) {
				return matcher.group(2);
			}
		}
		throw new AssertionError("No " + key + " in " + json.length() + " characters");
	}

}
