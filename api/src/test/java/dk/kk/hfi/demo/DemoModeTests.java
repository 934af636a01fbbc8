package dk.kk.hfi.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import dk.kk.hfi.HfiApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Demo mode, and its authorization server, can never run next to a real identity
 * provider.
 */
class DemoModeTests {

	@Test
	void demoModeIsRefusedWhenARealIssuerIsConfigured() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(HfiApplication.class).run("--server.port=0",
				"--hfi.store.mode=memory", "--hfi.demo.enabled=true", "--spring.main.banner-mode=off",
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=https://login.example.org/realms/kk"))
			.hasStackTraceContaining("Demo mode issues its own tokens and is refused when a real issuer is configured");
	}

	@Test
	void keysWithoutAnIssuerToCheckAreRefused() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(HfiApplication.class).run("--server.port=0",
				"--hfi.store.mode=memory", "--hfi.demo.enabled=false", "--hfi.demo.seed=false",
				"--spring.main.banner-mode=off",
				"--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=https://login.example.org/certs"))
			.hasStackTraceContaining("issuer-uri with the jwk-set-uri");
	}

	@Test
	void withARealIssuerNoAuthorizationServerRuns() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HfiApplication.class).run(
				"--server.port=0", "--hfi.store.mode=memory", "--hfi.demo.enabled=false", "--hfi.demo.seed=false",
				"--spring.main.banner-mode=off",
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=https://login.example.org/realms/kk")) {
			assertThat(context.getBeansOfType(RegisteredClientRepository.class)).isEmpty();
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpClient http = HttpClient.newHttpClient();
			for (String path : new String[] { "/.well-known/openid-configuration", "/oauth2/jwks", "/demo/sign-in" }) {
				HttpResponse<String> response = http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).as(path).isEqualTo(404);
			}
			HttpResponse<String> token = http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=bif-jobcenter"
							+ "&client_secret=bif-jobcenter-demo-secret"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(token.statusCode()).isIn(401, 403, 404, 405);
			assertThat(token.body()).doesNotContain("access_token");
		}
	}

}
