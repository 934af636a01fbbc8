package dk.kk.hfi.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.caller.CallerClaims;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.caller.PartnerClientCaller;
import dk.kk.hfi.domain.caller.ProfessionalCaller;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Keycloak realm of docker-compose ({@code deploy/keycloak/hfi-realm.json}) defines
 * what demo mode does: the same clients and secrets, a user for every seeded professional
 * with the claims the API reads, and the API's audience. Keycloak was run against it once
 * (docs/configuration.md); this keeps the file true to the code without it.
 */
class KeycloakRealmTests extends GraphQlTestSupport {

	private static JsonNode realm;

	@Autowired
	private ProfessionalRepository professionals;

	@Value("${spring.security.oauth2.resourceserver.jwt.audiences}")
	private String audience;

	@BeforeAll
	static void readRealm() throws Exception {
		Path file = Path.of("../deploy/keycloak/hfi-realm.json");
		if (!Files.exists(file)) {
			file = Path.of("deploy/keycloak/hfi-realm.json");
		}
		realm = JsonMapper.builder().build().readTree(Files.readString(file));
	}

	@Test
	void everySeededProfessionalIsAUserWithTheClaimsTheApiReads() {
		Map<String, JsonNode> users = new HashMap<>();
		realm.path("users").forEach((user) -> users.put(user.path("id").asString(), user));
		List<Professional> all = this.professionals.findAll();
		assertThat(all).isNotEmpty();
		for (Professional professional : all) {
			JsonNode user = users.get(professional.id());
			assertThat(user).as(professional.id()).isNotNull();
			assertThat(user.path("username").asString()).isEqualTo(professional.id());
			assertThat(user.path("firstName").asString() + " " + user.path("lastName").asString())
				.isEqualTo(professional.name());
			JsonNode attributes = user.path("attributes");
			assertThat(first(attributes, CallerClaims.KIND)).isEqualTo(CallerClaims.KIND_PROFESSIONAL);
			assertThat(first(attributes, CallerClaims.ADMINISTRATION)).isEqualTo(professional.administration().name());
			assertThat(first(attributes, CallerClaims.SUPPORT_TEAM))
				.isEqualTo(String.valueOf(professional.supportTeam()));
			assertThat(first(attributes, DemoTokenClaims.ROLE)).isEqualTo(professional.role().name());
		}
	}

	@Test
	void webClientIsPublicWithPkceAndMapsEveryProfessionalClaim() {
		JsonNode web = client(DemoAuthorizationServerConfiguration.WEB_CLIENT_ID);
		assertThat(web.path("publicClient").asBoolean()).isTrue();
		assertThat(web.path("standardFlowEnabled").asBoolean()).isTrue();
		assertThat(web.path("directAccessGrantsEnabled").asBoolean()).isFalse();
		assertThat(web.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
		assertThat(claimsMapped(web)).contains(CallerClaims.KIND, CallerClaims.ADMINISTRATION,
				CallerClaims.SUPPORT_TEAM, DemoTokenClaims.ROLE);
		assertThat(mapperTypes(web)).contains("oidc-full-name-mapper", "oidc-audience-mapper");
		assertThat(audiences(web)).containsExactly(this.audience);
		String profile = realm.path("components")
			.path("org.keycloak.userprofile.UserProfileProvider")
			.get(0)
			.path("config")
			.path("kc.user.profile.config")
			.get(0)
			.asString();
		for (String attribute : List.of(CallerClaims.KIND, CallerClaims.ADMINISTRATION, CallerClaims.SUPPORT_TEAM,
				DemoTokenClaims.ROLE)) {
			assertThat(profile).as("declared in the user profile, or Keycloak drops it")
				.contains("\"name\":\"" + attribute + "\"");
		}
	}

	@Test
	void partnerClientsHaveTheDemoSecretsAndTheirClaims() {
		for (DemoClient partner : DemoClient.ALL) {
			JsonNode client = client(partner.clientId());
			assertThat(client.path("publicClient").asBoolean()).isFalse();
			assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
			assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
			assertThat(client.path("secret").asString()).isEqualTo(partner.secret());
			assertThat(audiences(client)).containsExactly(this.audience);
			Map<String, String> hardcoded = new HashMap<>();
			client.path("protocolMappers").forEach((mapper) -> {
				if ("oidc-hardcoded-claim-mapper".equals(mapper.path("protocolMapper").asString())) {
					hardcoded.put(mapper.path("config").path("claim.name").asString(),
							mapper.path("config").path("claim.value").asString());
				}
			});
			assertThat(hardcoded).containsEntry(CallerClaims.KIND, CallerClaims.KIND_CLIENT)
				.containsEntry(CallerClaims.ADMINISTRATION, partner.administration().name())
				.containsEntry(CallerClaims.NAME, partner.name());
			assertThat(hardcoded.get(CallerClaims.CATEGORIES)).isEqualTo("[" + String.join(",",
					partner.categories().stream().map((category) -> "\"" + category.name() + "\"").sorted().toList())
					+ "]");
			// The service account's user id is Keycloak's sub: the client id, as the API
			// expects.
			assertThat(realm.path("users")
				.valueStream()
				.filter((user) -> partner.clientId().equals(user.path("serviceAccountClientId").asString()))
				.map((user) -> user.path("id").asString())).containsExactly(partner.clientId());
		}
	}

	/**
	 * The access token Keycloak makes from the realm's mappers, read by the API's own
	 * claim reader, names the same caller as demo mode's token for that professional or
	 * client: a mapper left out of the access token, a claim of the wrong JSON type (a
	 * string where the API reads a list or a boolean) or a wrong value shows here.
	 */
	@Test
	void accessTokensFromTheRealmsMappersNameTheSameCallersAsDemoTokens() {
		JsonNode web = client(DemoAuthorizationServerConfiguration.WEB_CLIENT_ID);
		for (Professional professional : this.professionals.findAll()) {
			JsonNode user = realm.path("users")
				.valueStream()
				.filter((candidate) -> professional.id().equals(candidate.path("id").asString()))
				.findFirst()
				.orElseThrow();
			Jwt token = accessToken(web, user);
			assertThat(token.getAudience()).as(professional.id()).contains(this.audience);
			assertThat(token.getClaimAsString(CallerClaims.NAME)).isEqualTo(professional.name());
			Caller expected = new ProfessionalCaller(professional.id(), professional.administration(),
					professional.supportTeam(), professional.role().name());
			assertThat(CallerClaims.callerOf(token)).as(professional.id()).isEqualTo(expected);
		}
		for (DemoClient partner : DemoClient.ALL) {
			JsonNode serviceAccount = realm.path("users")
				.valueStream()
				.filter((user) -> partner.clientId().equals(user.path("serviceAccountClientId").asString()))
				.findFirst()
				.orElseThrow();
			Jwt token = accessToken(client(partner.clientId()), serviceAccount);
			assertThat(token.getAudience()).as(partner.clientId()).contains(this.audience);
			Caller expected = new PartnerClientCaller(partner.clientId(), partner.name(), partner.administration(),
					partner.categories());
			assertThat(CallerClaims.callerOf(token)).as(partner.clientId()).isEqualTo(expected);
		}
	}

	/**
	 * The client signs out at Keycloak with its own page as the way back
	 * ({@code oidc.js}): each of its redirect URIs must be allowed there too.
	 */
	@Test
	void webClientMayReturnToEachOfItsRedirectUrisAfterSigningOut() {
		JsonNode web = client(DemoAuthorizationServerConfiguration.WEB_CLIENT_ID);
		String allowed = web.path("attributes").path("post.logout.redirect.uris").asString();
		if (!"+".equals(allowed)) {
			assertThat(List.of(allowed.split("##")))
				.containsAll(web.path("redirectUris").valueStream().map(JsonNode::asString).toList());
		}
		assertThat(web.path("redirectUris").valueStream().map(JsonNode::asString))
			.allSatisfy((uri) -> assertThat(uri).as("the client's redirect URI is its origin and /").endsWith("/"));
	}

	/**
	 * The access token's claims as Keycloak's mappers of this client set them for this
	 * user (the sub is the user's id): only mappers that write to the access token, each
	 * value converted by its {@code jsonType.label} as Keycloak does.
	 */
	private static Jwt accessToken(JsonNode client, JsonNode user) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put(JwtClaimNames.SUB, user.path("id").asString());
		client.path("protocolMappers").forEach((mapper) -> {
			JsonNode config = mapper.path("config");
			if (!"true".equals(config.path("access.token.claim").asString())) {
				return;
			}
			switch (mapper.path("protocolMapper").asString()) {
				case "oidc-audience-mapper" ->
					claims.put(JwtClaimNames.AUD, List.of(config.path("included.custom.audience").asString()));
				case "oidc-full-name-mapper" -> claims.put(CallerClaims.NAME,
						user.path("firstName").asString() + " " + user.path("lastName").asString());
				case "oidc-hardcoded-claim-mapper" -> claims.put(config.path("claim.name").asString(),
						typed(config.path("claim.value").asString(), config.path("jsonType.label").asString()));
				case "oidc-usermodel-attribute-mapper" -> {
					JsonNode value = user.path("attributes").path(config.path("user.attribute").asString()).path(0);
					if (!value.isMissingNode()) {
						claims.put(config.path("claim.name").asString(),
								typed(value.asString(), config.path("jsonType.label").asString()));
					}
				}
				default -> throw new AssertionError("A mapper this test does not know: " + mapper);
			}
		});
		return Jwt.withTokenValue("keycloak").header("alg", "RS256").claims((all) -> all.putAll(claims)).build();
	}

	private static Object typed(String value, String jsonType) {
		return switch (jsonType) {
			case "String" -> value;
			case "boolean" -> Boolean.valueOf(value);
			case "JSON" -> JsonMapper.builder().build().readValue(value, Object.class);
			default -> throw new AssertionError("A claim type this test does not know: " + jsonType);
		};
	}

	private static JsonNode client(String clientId) {
		return realm.path("clients")
			.valueStream()
			.filter((client) -> clientId.equals(client.path("clientId").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No client " + clientId));
	}

	private static List<String> claimsMapped(JsonNode client) {
		return client.path("protocolMappers")
			.valueStream()
			.map((mapper) -> mapper.path("config").path("claim.name").asString())
			.toList();
	}

	private static List<String> mapperTypes(JsonNode client) {
		return client.path("protocolMappers")
			.valueStream()
			.map((mapper) -> mapper.path("protocolMapper").asString())
			.toList();
	}

	private static List<String> audiences(JsonNode client) {
		return client.path("protocolMappers")
			.valueStream()
			.filter((mapper) -> "oidc-audience-mapper".equals(mapper.path("protocolMapper").asString()))
			.map((mapper) -> mapper.path("config").path("included.custom.audience").asString())
			.toList();
	}

	private static String first(JsonNode attributes, String name) {
		return attributes.path(name).path(0).asString();
	}

}
