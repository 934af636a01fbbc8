package dk.kk.hfi.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dk.kk.hfi.HfiApplication;

/**
 * The application started as its own JVM on loopback, as an operator runs it (its heap, store file and clean stop
 * are its own), with the demo data seeded.
 */
final class ServerProcess implements AutoCloseable {

	private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final Process process;

	private final Path work;

	final int port;

	private ServerProcess(Process process, Path work, int port) {
		this.process = process;
		this.work = work;
		this.port = port;
	}

	/** Starts the application with {@code heap} on the given store mode, data under {@code work/data}. */
	static ServerProcess start(Path work, String heap, String storeMode, String... settings) throws Exception {
		Files.createDirectories(work);
		int port = freePort();
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				heap, "-cp", classpath, HfiApplication.class.getName(), "--server.port=" + port,
				"--hfi.store.mode=" + storeMode, "--hfi.store.data-dir=" + work.resolve("data"),
				"--hfi.demo.enabled=true", "--hfi.demo.seed=true", "--spring.main.banner-mode=off",
				"--logging.level.root=warn"));
		command.addAll(List.of(settings));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("server.log").toFile()))
			.start();
		ServerProcess server = new ServerProcess(process, work, port);
		server.awaitHealth();
		return server;
	}

	long pid() {
		return this.process.pid();
	}

	String url() {
		return "http://127.0.0.1:" + this.port + "/graphql";
	}

	/** A demo token for a professional. */
	String token(String professionalId) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/demo/token"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"professionalId\":\"" + professionalId + "\"}"))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher matcher = TOKEN.matcher(response.body());
		if (!matcher.find()) {
			throw new IllegalStateException("No token: " + response.body());
		}
		return matcher.group(1);
	}

	/** Posts a GraphQL request body with a bearer token; returns the response body. */
	String post(String body, String token) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url()))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	/** Stops the server as an operator does (SIGTERM: a clean stop, which compacts the file store). */
	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			this.process.waitFor();
		}
	}

	private void awaitHealth() throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Server exited: " + Files.readString(this.work.resolve("server.log")));
			}
			try {
				HttpResponse<String> health = this.http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health")).build(),
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

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static void delete(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> paths = Files.walk(directory)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

}
