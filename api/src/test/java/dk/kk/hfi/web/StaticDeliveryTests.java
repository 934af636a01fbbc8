package dk.kk.hfi.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dk.kk.hfi.GraphQlTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the static client is delivered: compressed, cached with validators, one stylesheet,
 * headers on every method.
 */
class StaticDeliveryTests extends GraphQlTestSupport {

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void staticFilesAreCompressedAndRevalidatedWithoutTransferringThemAgain() throws Exception {
		for (String path : new String[] { "/", "/js/components/PlanBoard.js", "/styles/main.css" }) {
			HttpResponse<byte[]> first = send(request(path).header("Accept-Encoding", "gzip").GET());
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			if (!path.equals("/")) {
				// The page itself is under the 1 KiB worth compressing.
				assertThat(first.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			}
			assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).as(path)
				.contains("no-cache")
				.doesNotContain("no-store");
			String etag = first.headers().firstValue("ETag").orElseThrow();
			HttpResponse<byte[]> again = send(request(path).header("If-None-Match", etag).GET());
			assertThat(again.statusCode()).as(path).isEqualTo(304);
			assertThat(again.body()).as(path).isEmpty();
		}
	}

	@Test
	void theStylesheetIsOneFileWithoutImports() throws Exception {
		HttpResponse<byte[]> css = send(request("/styles/main.css").GET());
		String body = new String(css.body(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
		assertThat(body).doesNotContain("@import").contains(".plan-board", ".report-chart", ".sign-in");
	}

	@Test
	void everyMethodGetsTheSecurityHeadersAndTheClientIsDanish() throws Exception {
		for (String method : new String[] { "GET", "HEAD" }) {
			HttpResponse<byte[]> response = send(request("/").method(method, HttpRequest.BodyPublishers.noBody()));
			assertThat(response.statusCode()).as(method).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(method).isPresent();
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(method).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).as(method).isPresent();
			assertThat(response.headers().firstValue("Referrer-Policy")).as(method).hasValue("no-referrer");
			assertThat(response.headers().firstValue("Content-Language")).as(method).hasValue("da");
		}
		HttpResponse<byte[]> api = send(request("/graphql").POST(HttpRequest.BodyPublishers.ofString("{}"))
			.header("Content-Type", "application/json"));
		assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(api.headers().firstValue("Content-Language")).isEmpty();
		assertThat(api.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
