package dk.kk.hfi.web;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dk.kk.hfi.GraphQlTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The static client is served with a strict Content-Security-Policy; GraphiQL with its
 * own, as strict for scripts.
 */
class ContentSecurityPolicyTests extends GraphQlTestSupport {

	@Test
	void staticClientGetsAPolicyWithoutInlineScriptsOrStyles() {
		for (String path : new String[] { "/", "/index.html", "/js/main.js", "/styles/main.css" }) {
			HttpResponse<String> response = get(path, null);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
			assertThat(policy).as(path)
				.contains("script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline")
				.doesNotContain("unsafe-eval");
		}
	}

	@Test
	void graphiqlRunsOnlyTheApplicationsOwnScripts() {
		HttpResponse<String> response = get("/graphiql", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Content-Security-Policy")).singleElement()
			.satisfies((policy) -> assertThat(policy)
				.contains("script-src 'self';", "connect-src 'self';", "form-action 'none'")
				.doesNotContain("http")
				.doesNotContain("unsafe-eval"));
		assertThat(response.body()).doesNotContain("http://")
			.doesNotContain("https://")
			.doesNotContain("//unpkg")
			.doesNotContain("esm.sh");
		Matcher asset = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(response.body());
		int assets = 0;
		while (asset.find()) {
			assertThat(get(asset.group(1), null).statusCode()).as(asset.group(1)).isEqualTo(200);
			assets++;
		}
		assertThat(assets).isEqualTo(6);
	}

	@Test
	void clientConfigurationNamesTheInAppAuthorizationServerInDemoMode() {
		HttpResponse<String> response = get("/client-config", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"issuer\":\"http://localhost:" + this.port + "\"")
			.contains("\"clientId\":\"hfi-web\"");
	}

	@Test
	void authorizationServersSignInPageGetsTheClientsPolicy() {
		HttpResponse<String> response = get("/demo/sign-in", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<select").doesNotContain("<script").doesNotContain("style=");
		assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("script-src 'self'", "form-action 'self'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
	}

	@Test
	void policyAllowsTheConfiguredIssuer() {
		assertThat(ContentSecurityPolicy.forClient("https://login.example.org/realms/hfi"))
			.contains("connect-src 'self' https://login.example.org;");
	}

}
