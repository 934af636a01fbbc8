package dk.kk.hfi.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dk.kk.hfi.HfiApplication;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded file store keeps what was written across a restart, and seeds demo data only once. */
class FileStoreRestartTests {

	private static final Pattern VALUE = Pattern.compile("\"(access_token|id|name)\"\\s*:\\s*\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path dataDir;

	@Test
	void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
		String familyId;
		try (ConfigurableApplicationContext first = start()) {
			int port = port(first);
			String token = value(post(port, "/demo/token", "{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}",
					null), "access_token");
			String created = post(port, "/graphql", "{\"query\":\"mutation { createFamily(input: {name: "
					+ "\\\"Familien Genstart\\\", district: NORREBRO, members: [{firstName: \\\"Rita\\\", "
					+ "lastName: \\\"Genstart\\\", role: MOTHER}]}) { family { id } } }\"}", token);
			familyId = value(created, "id");
		}
		assertThat(Files.list(this.dataDir)).isNotEmpty();
		try (ConfigurableApplicationContext second = start()) {
			int port = port(second);
			String token = value(post(port, "/demo/token", "{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}",
					null), "access_token");
			String read = post(port, "/graphql",
					"{\"query\":\"{ family(id: \\\"" + familyId + "\\\") { name } }\"}", token);
			assertThat(value(read, "name")).isEqualTo("Familien Genstart");
			String all = post(port, "/graphql", "{\"query\":\"{ families(first: 100, filter: {text: \\\"Familien\\\"}) "
					+ "{ edges { node { id } } } }\"}", token);
			assertThat(all).contains(DemoIds.FAMILY_FULL_CONSENT);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(HfiApplication.class).run("--server.port=0", "--hfi.store.mode=file",
				"--hfi.store.data-dir=" + this.dataDir, "--hfi.demo.enabled=true", "--hfi.demo.seed=true",
				"--spring.main.banner-mode=off");
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
