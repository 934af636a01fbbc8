package dk.kk.hfi.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.caller.CallerClaims;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Keycloak realm of docker-compose ({@code deploy/keycloak/hfi-realm.json}) defines
 * what demo mode does: the same clients and secrets, a user for every seeded professional
 * with the claims the API reads, and the API's audience. (Keycloak itself cannot run
 * here; this keeps the file true to the code.)
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
