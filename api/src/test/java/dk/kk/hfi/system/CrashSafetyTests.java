package dk.kk.hfi.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety of the embedded file store: the real application runs in a child JVM on a
 * file store under a sustained write and read load over HTTP and is killed with SIGKILL
 * mid-load. After a restart on the same file, every write whose response the client
 * received is there, and every response that carried personal data has its audit event.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
@DisabledIfEnvironmentVariable(named = "SPRING_MONGODB_URI", matches = ".+",
		disabledReason = "kills and restarts the embedded file store, which does not start when a MongoDB URI is configured")
class CrashSafetyTests {

	private static final Pattern FAMILY = Pattern.compile(
			"\"id\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"version\"\\s*:\\s*(\\d+)\\s*,\\s*\"name\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern PERSONAL_DATA = Pattern.compile("\"firstName\"\\s*:\\s*\"[^\"]+\"");

	private static final Duration LOAD = Duration.ofSeconds(4);

	private static final int WRITERS = 3;

	private final ChildApplications applications = new ChildApplications(Duration.ofSeconds(20));

	@TempDir
	Path dataDir;

	/**
	 * Last acknowledged state of each family: version and name as the response carried
	 * them.
	 */
	private final Map<String, Acked> acknowledged = new ConcurrentHashMap<>();

	/** Operation names of acknowledged responses that carried personal data. */
	private final Queue<String> disclosed = new ConcurrentLinkedQueue<>();

	private final List<String> familyIds = new CopyOnWriteArrayList<>();

	private final AtomicInteger operations = new AtomicInteger();

	@Test
	void acknowledgedWritesAndTheirAuditSurviveSigkill() throws Exception {
		SeededStore.copyInto(this.dataDir);
		int port = ChildApplications.freePort();
		Process first = start(port, "first");
		String token = this.applications.token(port, DemoIds.SOF_CASEWORKER);
		AtomicBoolean running = new AtomicBoolean(true);
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < WRITERS; i++) {
			int writer = i;
			threads.add(started(() -> write(port, token, writer, running)));
		}
		threads.add(started(() -> read(port, token, running)));
		Thread.sleep(LOAD.toMillis());
		assertThat(first.isAlive()).isTrue();
		first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no final commit
		int exit = first.waitFor();
		running.set(false);
		for (Thread thread : threads) {
			thread.join(10_000);
		}
		assertThat(exit).as("killed by SIGKILL").isEqualTo(137);
		assertThat(this.acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThan(WRITERS);
		assertThat(this.disclosed).as("reads acknowledged before the kill").isNotEmpty();

		// The store opens: the application starts again on the same file and serves what
		// was written.
		int again = ChildApplications.freePort();
		Process second = start(again, "second");
		try {
			String secondToken = this.applications.token(again, DemoIds.SOF_CASEWORKER);
			Map.Entry<String, Acked> sample = this.acknowledged.entrySet().iterator().next();
			String read = graphQl(again, secondToken, "check", "query check { family(id: \\\"" + sample.getKey()
					+ "\\\") { id version name members { firstName } } }");
			Matcher family = FAMILY.matcher(read);
			assertThat(family.find()).as(read).isTrue();
			assertThat(Long.parseLong(family.group(2))).isGreaterThanOrEqualTo(sample.getValue().version());
		}
		finally {
			second.destroy(); // SIGTERM: a clean stop, so the file can be opened below
			assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}

		// Everything acknowledged is in the file.
		try (Store store = Store.open(this.dataDir.resolve("hfi.mv"))) {
			MongoDatabase db = store.client().getDatabase("hfi");
			Map<String, Document> families = new ConcurrentHashMap<>();
			db.getCollection("families")
				.find(new Document("_id", new Document("$in", List.copyOf(this.acknowledged.keySet()))))
				.forEach((document) -> families.put(document.getString("_id"), document));
			this.acknowledged.forEach((id, acked) -> {
				Document stored = families.get(id);
				assertThat(stored).as("acknowledged family %s", id).isNotNull();
				long version = ((Number) stored.get("version")).longValue();
				assertThat(version).as("version of %s", id).isGreaterThanOrEqualTo(acked.version());
				if (version == acked.version()) {
					assertThat(stored.getString("name")).isEqualTo(acked.name());
				}
			});
			Set<String> audited = new HashSet<>();
			db.getCollection("auditEvents").distinct("operationName", String.class).forEach(audited::add);
			assertThat(audited).as("audit events of acknowledged responses with personal data")
				.containsAll(this.disclosed);
		}
		System.out.printf(
				"Crash test: %d operations acknowledged (%d families, %d with personal data), " + "file %d KiB%n",
				this.operations.get(), this.acknowledged.size(), this.disclosed.size(),
				Files.size(this.dataDir.resolve("hfi.mv")) / 1024);
	}

	private void write(int port, String token, int writer, AtomicBoolean running) {
		int n = 0;
		try {
			while (running.get()) {
				String op = "c" + writer + "x" + n++;
				String created = graphQl(port, token, op, "mutation " + op + " { createFamily(input: {name: "
						+ "\\\"Crash " + op + "\\\", district: NORREBRO, members: [{firstName: \\\"Rita\\\", "
						+ "lastName: \\\"Crash\\\", role: MOTHER}]}) { family { id version name members { firstName } } } }");
				Acked acked = acknowledge(op, created);
				String id = this.familyIds.get(this.familyIds.size() - 1);
				for (int u = 0; u < 5 && running.get() && acked != null; u++) {
					String update = "u" + writer + "x" + n++;
					String updated = graphQl(port, token, update,
							"mutation " + update + " { updateFamily(input: {id: " + "\\\"" + id
									+ "\\\", expectedVersion: " + acked.version() + ", name: \\\"Crash " + update
									+ "\\\"}) { family { id version name members { firstName } } } }");
					acked = acknowledge(update, updated);
				}
			}
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			// The server was killed: responses not received are not acknowledged.
		}
	}

	private void read(int port, String token, AtomicBoolean running) {
		int n = 0;
		try {
			while (running.get()) {
				if (this.familyIds.isEmpty()) {
					Thread.sleep(10);
					continue;
				}
				String id = this.familyIds.get(ThreadLocalRandom.current().nextInt(this.familyIds.size()));
				String op = "r" + n++;
				String body = graphQl(port, token, op,
						"query " + op + " { family(id: \\\"" + id + "\\\") { id name members { firstName cpr } } }");
				this.operations.incrementAndGet();
				if (PERSONAL_DATA.matcher(body).find()) {
					this.disclosed.add(op);
				}
			}
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			// The server was killed.
		}
	}

	private Acked acknowledge(String op, String body) {
		Matcher matcher = FAMILY.matcher(body);
		if (!matcher.find()) {
			throw new IllegalStateException("Unexpected response to " + op + ": " + body);
		}
		Acked acked = new Acked(Long.parseLong(matcher.group(2)), matcher.group(3));
		if (this.acknowledged.put(matcher.group(1), acked) == null) {
			this.familyIds.add(matcher.group(1));
		}
		this.operations.incrementAndGet();
		if (PERSONAL_DATA.matcher(body).find()) {
			this.disclosed.add(op);
		}
		return acked;
	}

	private Process start(int port, String name) throws Exception {
		return this.applications.start(port, this.dataDir.resolve(name + ".log"), "--hfi.store.mode=file",
				"--hfi.store.data-dir=" + this.dataDir, "--hfi.demo.seed=true");
	}

	private String graphQl(int port, String token, String operationName, String query)
			throws IOException, InterruptedException {
		HttpResponse<String> response = this.applications.post(port, "/graphql",
				"{\"operationName\":\"" + operationName + "\",\"query\":\"" + query + "\"}", token);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private static Thread started(Runnable task) {
		Thread thread = new Thread(task);
		thread.start();
		return thread;
	}

	private record Acked(long version, String name) {
	}

	/**
	 * The store file opened in this JVM, read through the MongoDB driver like the
	 * application reads it.
	 */
	private record Store(MongoServer server, MongoClient client) implements AutoCloseable {

		static Store open(Path file) {
			MongoServer server = new MongoServer(DurableH2Backend.open(file));
			server.bind("127.0.0.1", 0);
			return new Store(server, MongoClients.create(server.getConnectionString()));
		}

		@Override
		public void close() {
			this.client.close();
			this.server.shutdown();
		}

	}

}
