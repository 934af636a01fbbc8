package dk.kk.hfi.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dk.kk.hfi.GraphQlTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The static client is served with a strict Content-Security-Policy; GraphiQL, which needs inline code, is not. */
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
	void graphiqlKeepsLoadingItsOwnAssets() {
		HttpResponse<String> response = get("/graphiql?path=/graphql", null);
		assertThat(response.headers().firstValue("Content-Security-Policy")).isEmpty();
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
