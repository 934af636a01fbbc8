package dk.kk.hfi.system;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.web.client.RestClient;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.demo.DemoClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java example of the partner guide ({@code docs/partners.md}), run as a test: a
 * partner's system reads all pages of its registered document with Spring's
 * {@link HttpSyncGraphQlClient}, keeping data and errors together.
 */
class PartnerClientExampleTests extends GraphQlTestSupport {

	record Member(String id, String firstName) {
	}

	record Leisure(String activity, String provider, Boolean retained) {
	}

	record Measure(String id, String category, String kind, Leisure leisure) {
	}

	record Family(String id, String name, List<Member> members, List<Measure> measures) {
	}

	record Edge(String cursor, Family node) {
	}

	record PageInfo(boolean hasNextPage, String endCursor) {
	}

	record FamilyPage(List<Edge> edges, PageInfo pageInfo) {
	}

	@Test
	void aPartnerReadsEveryPageOfItsRegisteredDocument() {
		String accessToken = token("{\"clientId\":\"" + DemoClient.KFF_LEISURE_BOOKING + "\"}");

		// --- the example in docs/partners.md starts here ---
		String endpoint = "http://localhost:" + this.port + "/graphql";
		RestClient rest = RestClient.builder().defaultHeader("Authorization", "Bearer " + accessToken).build();
		HttpSyncGraphQlClient graphQl = HttpSyncGraphQlClient.builder(rest)
			.url(endpoint)
			// The registered documents, byte for byte (a partner keeps them in
			// src/main/resources/graphql-documents).
			.documentSource(new ResourceDocumentSource(
					List.of(new ClassPathResource("trusted-documents/kff-fritidsbooking/")), List.of(".graphql")))
			.build();

		List<Family> families = new ArrayList<>();
		List<ResponseError> withheld = new ArrayList<>();
		String after = null;
		do {
			ClientGraphQlResponse response = graphQl.documentName("LeisureFamilies")
				.variable("first", 20)
				.variable("after", after)
				.executeSync();
			// Like errorPolicy: "all": a field the client may not read is null with an
			// error at its path.
			withheld.addAll(response.getErrors());
			FamilyPage page = response.field("families").toEntity(FamilyPage.class);
			page.edges().forEach((edge) -> families.add(edge.node()));
			after = page.pageInfo().hasNextPage() ? page.pageInfo().endCursor() : null;
		}
		while (after != null);
		// --- the example ends here ---

		assertThat(families).isNotEmpty().allSatisfy((family) -> assertThat(family.name()).isNotBlank());
		assertThat(families).extracting(Family::id).doesNotHaveDuplicates();
		assertThat(families).flatExtracting(Family::measures)
			.filteredOn((measure) -> "LEISURE".equals(measure.category()))
			.isNotEmpty()
			.allSatisfy((measure) -> assertThat(measure.kind()).isNotNull());
		assertThat(withheld).allSatisfy((error) -> {
			assertThat(error.getExtensions().get("code")).isEqualTo("CONSENT_REQUIRED");
			assertThat(error.getExtensions().get("category")).isNotEqualTo("LEISURE");
		});
	}

	@Test
	void aDocumentThatIsNotRegisteredIsRefusedWithItsCode() {
		HttpSyncGraphQlClient graphQl = HttpSyncGraphQlClient
			.builder(RestClient.builder()
				.defaultHeader("Authorization",
						"Bearer " + token("{\"clientId\":\"" + DemoClient.KFF_LEISURE_BOOKING + "\"}"))
				.build())
			.url("http://localhost:" + this.port + "/graphql")
			.build();
		ClientGraphQlResponse response = graphQl.document("{ families(first: 5) { edges { node { name } } } }")
			.executeSync();
		assertThat(response.isValid()).isFalse();
		assertThat(response.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "TRUSTED_DOCUMENT_REQUIRED"));
	}

}
