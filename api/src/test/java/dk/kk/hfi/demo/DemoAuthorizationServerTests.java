package dk.kk.hfi.demo;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dk.kk.hfi.GraphQlTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo mode's authorization server over HTTP: discovery, JWKS, the client-credentials
 * grant as a standard form POST, authorization code + PKCE through the sign-in page (PKCE
 * required and checked), and {@code /demo/token} issuing the same tokens with the same
 * key.
 */
class DemoAuthorizationServerTests extends GraphQlTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ME = "{\"query\":\"{ me { ... on PartnerClientCaller { clientId administration "
			+ "categories } ... on ProfessionalCaller { professional { id } } } }\"}";

	@Test
	void discoveryDocumentNamesTheIssuerEndpointsAndKeys() {
		JsonNode discovery = json(get("/.well-known/openid-configuration", null));
		String base = "http://localhost:" + this.port;
		assertThat(discovery.path("issuer").asString()).isEqualTo("http://localhost:8080");
		assertThat(discovery.path("token_endpoint").asString()).isEqualTo(base + "/oauth2/token");
		assertThat(discovery.path("authorization_endpoint").asString()).isEqualTo(base + "/oauth2/authorize");
		assertThat(discovery.path("jwks_uri").asString()).isEqualTo(base + "/oauth2/jwks");
		assertThat(strings(discovery.path("grant_types_supported"))).contains("client_credentials",
				"authorization_code");
		assertThat(strings(discovery.path("code_challenge_methods_supported"))).contains("S256");
		assertThat(json(get("/.well-known/oauth-authorization-server", null)).path("issuer").asString())
			.isEqualTo("http://localhost:8080");
	}

	@Test
	void jwksHoldsTheOneKeyThatSignsEveryToken() {
		JsonNode keys = json(get("/oauth2/jwks", null)).path("keys");
		assertThat(keys.size()).isEqualTo(1);
		String kid = keys.get(0).path("kid").asString();
		assertThat(header(token("{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}")).path("kid").asString())
			.isEqualTo(kid);
		assertThat(
				header(clientCredentials(DemoClient.KFF_LEISURE_BOOKING, "kff-fritidsbooking-demo-secret")).path("kid")
					.asString())
			.isEqualTo(kid);
	}

	@Test
	void partnerClientGetsATokenWithAStandardClientCredentialsFormPost() {
		String token = clientCredentials(DemoClient.KFF_LEISURE_BOOKING, "kff-fritidsbooking-demo-secret");
		JsonNode claims = claims(token);
		assertThat(claims.path("sub").asString()).isEqualTo(DemoClient.KFF_LEISURE_BOOKING);
		assertThat(claims.path("iss").asString()).isEqualTo("http://localhost:8080");
		assertThat(strings(claims.path("aud"))).containsExactly("hfi-api");
		assertThat(claims.path("hfi_kind").asString()).isEqualTo("client");
		JsonNode me = json(post("/graphql", ME, token)).path("data").path("me");
		assertThat(me.path("clientId").asString()).isEqualTo(DemoClient.KFF_LEISURE_BOOKING);
		assertThat(me.path("administration").asString()).isEqualTo("KFF");
		assertThat(strings(me.path("categories"))).containsExactlyInAnyOrder("BASIC_IDENTITY", "CONTACT", "LEISURE");
	}

	@Test
	void partnerClientMayAuthenticateWithHttpBasic() {
		String credentials = Base64.getEncoder()
			.encodeToString("bif-jobcenter:bif-jobcenter-demo-secret".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Authorization", "Basic " + credentials)
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build());
		assertThat(response.statusCode()).isEqualTo(200);
		String token = json(response).path("access_token").asString();
		assertThat(json(post("/graphql", ME, token)).path("data").path("me").path("administration").asString())
			.isEqualTo("BIF");
	}

	@Test
	void wrongClientSecretIsRefused() {
		HttpResponse<String> response = tokenRequest(
				"grant_type=client_credentials&client_id=" + DemoClient.KFF_LEISURE_BOOKING + "&client_secret=guessed");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(json(response).path("error").asString()).isEqualTo("invalid_client");
	}

	@Test
	void webClientCannotUseTheClientCredentialsGrant() {
		HttpResponse<String> response = tokenRequest("grant_type=client_credentials&client_id=hfi-web");
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void webClientMustSendAPkceChallenge() {
		String redirect = "http://127.0.0.1:" + this.port + "/";
		String authorize = "/oauth2/authorize?response_type=code&client_id=hfi-web&scope=openid&state=s1"
				+ "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8);
		HttpResponse<String> withoutChallenge = get(authorize, null);
		assertThat(withoutChallenge.statusCode()).isEqualTo(302);
		assertThat(withoutChallenge.headers().firstValue("Location").orElseThrow()).startsWith(redirect)
			.contains("error=invalid_request")
			.contains("code_challenge");
		HttpResponse<String> withChallenge = send(HttpRequest
			.newBuilder(uri(authorize
					+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"))
			.header("Accept", "text/html")
			.build());
		assertThat(withChallenge.statusCode()).isEqualTo(302);
		assertThat(withChallenge.headers().firstValue("Location").orElseThrow()).endsWith("/demo/sign-in");
	}

	@Test
	void codeFlowWithPkceSignsInTheChosenProfessionalAndChecksTheVerifier() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String redirect = "http://127.0.0.1:" + this.port + "/";
		String verifier = "dBjftJeZ4CVP-mJ92K9qBkaiNjRqXzgDdXcoTPVx2yC8";
		String challenge = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		String authorize = "/oauth2/authorize?response_type=code&client_id=hfi-web&scope=openid&state=s2&nonce=n2"
				+ "&code_challenge=" + challenge + "&code_challenge_method=S256&login_hint="
				+ DemoIds.BIF_JOB_CASEWORKER + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8);
		HttpResponse<String> toSignIn = browse(browser, authorize, null);
		assertThat(toSignIn.headers().firstValue("Location").orElseThrow()).endsWith("/demo/sign-in");

		HttpResponse<String> page = browse(browser, "/demo/sign-in", null);
		assertThat(page.body()).contains("<option value=\"" + DemoIds.BIF_JOB_CASEWORKER + "\" selected>");
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> unknown = browse(browser, "/demo/sign-in",
				"professionalId=nobody&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
		assertThat(unknown.headers().firstValue("Location").orElseThrow()).endsWith("/demo/sign-in?error");
		assertThat(browse(browser, "/demo/sign-in?error", null).body()).contains("status-error");
		HttpResponse<String> signedIn = browse(browser, "/demo/sign-in", "professionalId=" + DemoIds.BIF_JOB_CASEWORKER
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
		String back = signedIn.headers().firstValue("Location").orElseThrow();
		assertThat(back).contains("/oauth2/authorize");

		HttpResponse<String> withCode = browse(browser, back.substring(back.indexOf("/oauth2/")), null);
		String location = withCode.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(redirect).contains("state=s2");
		Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
		assertThat(code.find()).isTrue();
		String exchange = "grant_type=authorization_code&client_id=hfi-web&code=" + code.group(1) + "&redirect_uri="
				+ URLEncoder.encode(redirect, StandardCharsets.UTF_8) + "&code_verifier=";
		HttpResponse<String> wrongVerifier = tokenRequest(exchange + "wrong-" + verifier);
		assertThat(wrongVerifier.statusCode()).isEqualTo(400);
		assertThat(json(wrongVerifier).path("error").asString()).isEqualTo("invalid_grant");

		// The session still holds the professional: a second authorization request gets a
		// fresh code at once.
		location = browse(browser, back.substring(back.indexOf("/oauth2/")), null).headers()
			.firstValue("Location")
			.orElseThrow();
		code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
		assertThat(code.find()).isTrue();
		exchange = exchange.replaceFirst("code=[^&]+", "code=" + code.group(1));
		HttpResponse<String> token = tokenRequest(exchange + verifier);
		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		JsonNode body = json(token);
		assertThat(body.path("id_token").asString()).isNotEmpty();
		JsonNode claims = claims(body.path("access_token").asString());
		assertThat(claims.path("sub").asString()).isEqualTo(DemoIds.BIF_JOB_CASEWORKER);
		assertThat(claims.path("hfi_role").asString()).isEqualTo("JOB_CASEWORKER");
		assertThat(strings(claims.path("aud"))).containsExactly("hfi-api");
		assertThat(claims(body.path("id_token").asString()).path("nonce").asString()).isEqualTo("n2");
		assertThat(json(post("/graphql", ME, body.path("access_token").asString())).path("data")
			.path("me")
			.path("professional")
			.path("id")
			.asString()).isEqualTo(DemoIds.BIF_JOB_CASEWORKER);
		assertThat(tokenRequest(exchange + verifier).statusCode()).as("a code is used once").isEqualTo(400);
	}

	@Test
	void demoTokenIsTheAuthorizationServersTokenWithTheCallersClaims() {
		HttpResponse<String> response = post("/demo/token", "{\"professionalId\":\"" + DemoIds.SOF_LEADER + "\"}",
				null);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = json(response);
		assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
		assertThat(body.path("expires_in").asLong()).isEqualTo(8 * 3600);
		JsonNode claims = claims(body.path("access_token").asString());
		assertThat(claims.path("iss").asString()).isEqualTo("http://localhost:8080");
		assertThat(strings(claims.path("aud"))).containsExactly("hfi-api");
		assertThat(claims.path("sub").asString()).isEqualTo(DemoIds.SOF_LEADER);
		assertThat(claims.path("hfi_kind").asString()).isEqualTo("professional");
		assertThat(claims.path("hfi_administration").asString()).isEqualTo("SOF");
		assertThat(claims.path("hfi_role").asString()).isEqualTo("LEADER");
		assertThat(claims.path("hfi_support_team").asBoolean()).isFalse();
		assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(8 * 3600);
		JsonNode client = claims(token("{\"clientId\":\"" + DemoClient.BIF_JOB_CENTRE + "\"}"));
		assertThat(strings(client.path("hfi_categories"))).contains("EMPLOYMENT", "FINANCE");
		assertThat(client.path("hfi_role").isMissingNode()).isTrue();
	}

	private String clientCredentials(String clientId, String secret) {
		HttpResponse<String> response = tokenRequest(
				"grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode body = json(response);
		assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
		return body.path("access_token").asString();
	}

	private HttpResponse<String> tokenRequest(String form) {
		return send(HttpRequest.newBuilder(uri("/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	/**
	 * A browser's request: HTML accepted, its cookies kept, redirects not followed; a
	 * form POST when form is given.
	 */
	private HttpResponse<String> browse(HttpClient browser, String path, String form) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form));
		}
		return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static JsonNode claims(String jwt) {
		return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
	}

	private static JsonNode header(String jwt) {
		return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]));
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/**
	 * A JSON array's strings; a single string counts as a list of one (as JWT serializes
	 * a lone audience).
	 */
	private static List<String> strings(JsonNode array) {
		return array.isString() ? List.of(array.asString()) : array.valueStream().map(JsonNode::asString).toList();
	}

}
