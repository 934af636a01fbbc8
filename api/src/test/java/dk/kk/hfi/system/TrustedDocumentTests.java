package dk.kk.hfi.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import graphql.ParseAndValidate;
import graphql.validation.ValidationError;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.GraphQlSource;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.demo.DemoClient;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partner clients run only their registered documents (by hash, Apollo's persisted-query
 * protocol); professionals send any document, and by hash once they sent it with it.
 */
class TrustedDocumentTests extends GraphQlTestSupport {

	private static final String LEISURE_FAMILIES = "trusted-documents/kff-fritidsbooking/LeisureFamilies.graphql";

	@Autowired
	PersistedDocuments documents;

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void aPartnerSendingFreeTextIsRefused() {
		HttpResponse<String> response = post("/graphql",
				"{\"query\":\"{ families(first: 5) { edges { node { id name } } } }\"}", client());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"code\":\"TRUSTED_DOCUMENT_REQUIRED\"").doesNotContain("\"data\":{");
	}

	@Test
	void aPartnerRunsARegisteredDocumentByItsHash() throws Exception {
		String document = new ClassPathResource(LEISURE_FAMILIES).getContentAsString(StandardCharsets.UTF_8);
		HttpResponse<String> response = post("/graphql",
				"{\"variables\":{\"first\":5},\"extensions\":" + persisted(PersistedDocuments.sha256(document)) + "}",
				client());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"families\":{\"edges\":[{").doesNotContain("TRUSTED_DOCUMENT_REQUIRED");
		// The same over GET, as Apollo's link sends hashed queries with
		// useGETForHashedQueries.
		HttpResponse<String> overGet = get("/graphql?variables=%7B%22first%22%3A2%7D&extensions="
				+ java.net.URLEncoder.encode(persisted(PersistedDocuments.sha256(document)), StandardCharsets.UTF_8),
				client());
		assertThat(overGet.statusCode()).isEqualTo(200);
		assertThat(overGet.body()).contains("\"families\":{\"edges\":[{");
	}

	@Test
	void aPartnerSendingAnUnregisteredHashOrAnotherClientsDocumentIsRefused() throws Exception {
		assertThat(post("/graphql", "{\"extensions\":" + persisted("0".repeat(64)) + "}", client()).body())
			.contains("TRUSTED_DOCUMENT_REQUIRED");
		String jobCentre = new ClassPathResource("trusted-documents/bif-jobcenter/JobCentreFamily.graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(
				post("/graphql",
						"{\"variables\":{\"id\":\"fam-001\"},\"extensions\":"
								+ persisted(PersistedDocuments.sha256(jobCentre)) + "}",
						client())
					.body())
			.contains("TRUSTED_DOCUMENT_REQUIRED")
			.doesNotContain("cpr");
	}

	@Test
	void aProfessionalsClientFollowsApollosPersistedQueryProtocol() {
		String token = token("{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}");
		String query = "{ family(id: \"fam-001\") { id apq: name } }";
		String extensions = persisted(PersistedDocuments.sha256(query));

		HttpResponse<String> unknown = post("/graphql", "{\"extensions\":" + extensions + "}", token);
		assertThat(unknown.body()).contains("\"code\":\"PERSISTED_QUERY_NOT_FOUND\"");

		HttpResponse<String> registered = post("/graphql",
				"{\"query\":\"{ family(id: \\\"fam-001\\\") { id apq: name } }\",\"extensions\":" + extensions + "}",
				token);
		assertThat(registered.body()).contains("\"id\":\"fam-001\"").doesNotContain("errors");

		HttpResponse<String> byHash = post("/graphql", "{\"extensions\":" + extensions + "}", token);
		assertThat(byHash.body()).contains("\"id\":\"fam-001\"").doesNotContain("errors");

		assertThat(post("/graphql", "{\"query\":\"{ me { __typename } }\",\"extensions\":" + extensions + "}", token)
			.body()).contains("\"code\":\"BAD_USER_INPUT\"").contains("sha256Hash");
		assertThat(
				post("/graphql", "{\"extensions\":{\"persistedQuery\":{\"version\":2,\"sha256Hash\":\"abc\"}}}", token)
					.body())
			.contains("\"code\":\"PERSISTED_QUERY_NOT_SUPPORTED\"");
	}

	@Test
	void aHashOneProfessionalSentWithItsQueryIsUnknownToAnother() {
		String searcher = token("{\"professionalId\":\"" + DemoIds.BIF_JOB_CASEWORKER + "\"}");
		String other = token("{\"professionalId\":\"" + DemoIds.SOF_CASEWORKER + "\"}");
		String query = "{ families(filter: {text: \"Warsame\"}) { edges { node { id apqScope: name } } } }";
		String extensions = persisted(PersistedDocuments.sha256(query));
		String byHash = "{\"extensions\":" + extensions + "}";

		HttpResponse<String> sent = post("/graphql",
				"{\"query\":\"" + query.replace("\"", "\\\"") + "\",\"extensions\":" + extensions + "}", searcher);
		assertThat(sent.body()).contains("\"families\"").doesNotContain("errors");

		// Another professional cannot tell the query was sent: its hash is unknown to
		// them, over POST and over GET.
		assertThat(post("/graphql", byHash, other).body()).contains("\"code\":\"PERSISTED_QUERY_NOT_FOUND\"")
			.doesNotContain("\"families\"");
		assertThat(get("/graphql?extensions=" + java.net.URLEncoder.encode(extensions, StandardCharsets.UTF_8), other)
			.body()).contains("\"code\":\"PERSISTED_QUERY_NOT_FOUND\"").doesNotContain("\"families\"");

		assertThat(post("/graphql", byHash, searcher).body()).contains("\"families\"").doesNotContain("errors");
	}

	@Test
	void everyTrustedDocumentIsValidAgainstTheSchema() {
		Map<String, Map<String, String>> trusted = this.documents.trusted();
		assertThat(trusted).containsKeys(DemoClient.KFF_LEISURE_BOOKING, DemoClient.BIF_JOB_CENTRE);
		trusted.forEach((clientId, byHash) -> byHash.forEach((hash, document) -> {
			List<ValidationError> errors = ParseAndValidate
				.parseAndValidate(this.graphQlSource.schema(),
						graphql.ExecutionInput.newExecutionInput(document).build())
				.getErrors()
				.stream()
				.map((error) -> (error instanceof ValidationError validation) ? validation : null)
				.toList();
			assertThat(errors).as(clientId + " " + hash).isEmpty();
		}));
	}

	@Test
	void theChangeFeedDocumentOfThePartnerGuideIsRegisteredByteForByteForEveryDemoClient() throws IOException {
		String guide = Files.readString(Path.of("..", "docs", "partners.md"), StandardCharsets.UTF_8);
		int section = guide.indexOf("## 7. Change feed");
		assertThat(section).as("docs/partners.md's change feed section").isNotNegative();
		String fence = "```graphql\n";
		int start = guide.indexOf(fence, section) + fence.length();
		String documented = guide.substring(start, guide.indexOf("```", start));
		assertThat(documented).contains("query Changes(");
		for (DemoClient client : DemoClient.ALL) {
			assertThat(new ClassPathResource("trusted-documents/" + client.clientId() + "/Changes.graphql")
				.getContentAsString(StandardCharsets.UTF_8)).as(client.clientId()).isEqualTo(documented);
			assertThat(this.documents.trusted().get(client.clientId())).as(client.clientId())
				.containsEntry(PersistedDocuments.sha256(documented), documented);
		}
	}

	private String client() {
		return token("{\"clientId\":\"" + DemoClient.KFF_LEISURE_BOOKING + "\"}");
	}

	private static String persisted(String hash) {
		return "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
	}

}
