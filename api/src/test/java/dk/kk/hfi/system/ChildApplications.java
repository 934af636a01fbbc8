package dk.kk.hfi.system;

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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.kk.hfi.HfiApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real application started in child JVMs on loopback ports, with the demo's sign-in,
 * and plain HTTP to them: for tests that kill, restart or run several processes, which
 * one Spring context in the test's JVM cannot.
 */
final class ChildApplications {

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Duration requestTimeout;

	/** Applications asked with the given timeout per request. */
	ChildApplications(Duration requestTimeout) {
		this.requestTimeout = requestTimeout;
	}

	/**
	 * Starts the application with the demo enabled and the given further arguments,
	 * logging to the file, and waits until it reports healthy.
	 */
	Process start(int port, Path log, String... args) throws Exception {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath, HfiApplication.class.getName(),
						"--server.port=" + port, "--hfi.demo.enabled=true", "--spring.main.banner-mode=off",
						"--logging.level.root=warn", "--spring.jmx.enabled=false"));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError("The application exited: " + Files.readString(log));
			}
			try {
				HttpResponse<String> health = this.http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return process;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		process.destroyForcibly();
		throw new AssertionError("The application did not start: " + Files.readString(log));
	}

	/** A demo access token for the professional from the application on the port. */
	String token(int port, String professionalId) throws IOException, InterruptedException {
		String body = post(port, "/demo/token", "{\"professionalId\":\"" + professionalId + "\"}", null).body();
		Matcher matcher = ACCESS_TOKEN.matcher(body);
		assertThat(matcher.find()).as(body).isTrue();
		return matcher.group(1);
	}

	/** Posts the JSON to the path, with the token as bearer unless it is null. */
	HttpResponse<String> post(int port, String path, String json, String token)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(this.requestTimeout)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
