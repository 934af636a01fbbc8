package dk.kk.hfi.system;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dk.kk.hfi.MovableClock;
import dk.kk.hfi.demo.DemoDataGenerator;
import dk.kk.hfi.demo.DemoIds;
import dk.kk.hfi.domain.course.CourseStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two API processes on one store, as replicas on a replica set: the first runs the
 * embedded file store on a fixed loopback port, the second connects to it with
 * {@code spring.mongodb.uri}. Through both at once: tokens of either are valid on both,
 * racing version-checked saves of a family and of its plan have one winner, the last
 * place goes to exactly one of two activations, a withdrawal is seen by the other on its
 * next request, and each disclosure has exactly one audit record.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@DisabledIfEnvironmentVariable(named = "SPRING_MONGODB_URI", matches = ".+",
		disabledReason = "runs the embedded store in the first process, which does not start when a MongoDB URI is configured")
class TwoReplicasTests {

	private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

	private final ChildApplications applications = new ChildApplications(Duration.ofSeconds(30));

	@TempDir
	Path dataDir;

	@Test
	void invariantsHoldAcrossTwoProcessesOnOneStore() throws Exception {
		int storePort = ChildApplications.freePort();
		int a = ChildApplications.freePort();
		int b = ChildApplications.freePort();
		// One place left for the activation race below: the demo's active courses hold
		// the others.
		long active = DemoDataGenerator.generate(LocalDate.now(MovableClock.COPENHAGEN))
			.families()
			.stream()
			.filter((family) -> family.course().status() == CourseStatus.ACTIVE)
			.count();
		String capacity = "--hfi.course.capacity=" + (active + 1);
		SeededStore.copyInto(this.dataDir);
		Process first = start(a, "a", "--hfi.store.mode=file", "--hfi.store.data-dir=" + this.dataDir,
				"--hfi.store.port=" + storePort, "--hfi.demo.seed=true", capacity);
		Process second = null;
		try {
			second = start(b, "b", "--spring.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/hfi",
					"--hfi.demo.seed=false", capacity);
			// Tokens: each process's token is valid on the other (one signing key, kept
			// in the store).
			String tokenA = this.applications.token(a, DemoIds.SOF_CASEWORKER);
			String tokenB = this.applications.token(b, DemoIds.SUPPORT_COORDINATOR);
			assertThat(graphQl(b, tokenA, "{ me { __typename } }").body()).contains("ProfessionalCaller");
			assertThat(graphQl(a, tokenB, "{ me { __typename } }").body()).contains("ProfessionalCaller");

			// Racing saves of one version through both processes: exactly one wins.
			String family = DemoIds.FAMILY_FULL_CONSENT;
			Matcher version = VERSION
				.matcher(graphQl(a, tokenA, "{ family(id: \\\"" + family + "\\\") { version } }").body());
			assertThat(version.find()).isTrue();
			int expected = Integer.parseInt(version.group(1));
			List<String> saves = race(a, tokenA, b, tokenB,
					(i) -> "mutation { updateFamily(input: {id: \\\"" + family + "\\\", expectedVersion: " + expected
							+ ", name: \\\"Familien Race " + i + "\\\"}) { family { version } } }");
			assertThat(count(saves, "\"updateFamily\":{\"family\"")).as("winners").isEqualTo(1);
			assertThat(count(saves, "\"CONFLICT\"")).as("conflicts").isEqualTo(7);

			// Racing plan saves of one version through both processes: exactly one wins.
			String planVersion = json(graphQl(a, tokenA, "{ family(id: \\\"" + family + "\\\") { plan { version } } }"))
				.path("data")
				.path("family")
				.path("plan")
				.path("version")
				.asString();
			List<String> planSaves = race(a, tokenA, b, tokenB,
					(i) -> "mutation { savePlan(input: {familyId: \\\"" + family + "\\\", expectedVersion: "
							+ planVersion
							+ ", themes: [], goals: [], actions: [], voices: []}) { plan { version } } }");
			assertThat(count(planSaves, "\"savePlan\":{\"plan\"")).as("plan winners").isEqualTo(1);
			assertThat(count(planSaves, "\"CONFLICT\"")).as("plan conflicts").isEqualTo(7);

			// The last place: two families ready to start, activated at once through the
			// two processes.
			String support = tokenB;
			String one = readyToStart(a, support, "Familien Sidste Plads A");
			String two = readyToStart(b, support, "Familien Sidste Plads B");
			assertThat(json(graphQl(a, support, "{ courseCapacity { available } }")).path("data")
				.path("courseCapacity")
				.path("available")
				.asInt()).as("places left").isEqualTo(1);
			ExecutorService activations = Executors.newFixedThreadPool(2);
			Future<String> viaA = activations.submit(() -> activate(a, support, one));
			Future<String> viaB = activations.submit(() -> activate(b, support, two));
			List<String> outcomes = List.of(viaA.get(60, TimeUnit.SECONDS), viaB.get(60, TimeUnit.SECONDS));
			activations.shutdown();
			assertThat(outcomes.stream().filter((body) -> body.contains("\"status\":\"ACTIVE\"")).count())
				.as("activations")
				.isEqualTo(1);
			assertThat(outcomes.stream().filter((body) -> body.contains("\"CAPACITY_REACHED\"")).count())
				.as("refused for capacity")
				.isEqualTo(1);

			// A withdrawal through one process is seen by the other on its next request.
			String consents = graphQl(b, tokenB,
					"{ family(id: \\\"" + family + "\\\") { consents { id version status } } }")
				.body();
			Matcher consent = Pattern.compile("\"id\":\"([^\"]+)\",\"version\":(\\d+),\"status\":\"ACTIVE\"")
				.matcher(consents);
			assertThat(consent.find()).as(consents).isTrue();
			String withdrawn = graphQl(a, tokenB, "mutation { withdrawConsent(input: {consentId: \\\""
					+ consent.group(1) + "\\\", expectedVersion: " + consent.group(2) + "}) { consent { status } } }")
				.body();
			assertThat(withdrawn).contains("WITHDRAWN");
			assertThat(graphQl(b, tokenB, "{ family(id: \\\"" + family + "\\\") { consents { id status } } }").body())
				.contains("\"id\":\"" + consent.group(1) + "\",\"status\":\"WITHDRAWN\"");

			// One audit record per disclosure, whichever process disclosed it.
			for (int i = 0; i < 6; i++) {
				int port = (i % 2 == 0) ? a : b;
				String op = "replicaRead" + i;
				HttpResponse<String> read = post(port, tokenA, "{\"operationName\":\"" + op + "\",\"query\":\"query "
						+ op + " { family(id: \\\"" + family + "\\\") { id name } }\"}");
				assertThat(read.body()).contains("\"name\"");
			}
			try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + storePort)) {
				for (int i = 0; i < 6; i++) {
					assertThat(client.getDatabase("hfi")
						.getCollection("auditEvents")
						.countDocuments(new Document("operationName", "replicaRead" + i)))
						.as("audit events of replicaRead%d", i)
						.isEqualTo(1);
				}
			}
		}
		finally {
			if (second != null) {
				second.destroy();
				second.waitFor(30, TimeUnit.SECONDS);
			}
			first.destroy();
			first.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private Process start(int port, String name, String... args) throws Exception {
		return this.applications.start(port, this.dataDir.resolve(name + ".log"), args);
	}

	/**
	 * A family referred by the support team with SOF's and BIF's caseworkers, a signed
	 * consent, in conversation.
	 */
	private String readyToStart(int port, String token, String name) throws Exception {
		JsonNode created = json(graphQl(port, token,
				"mutation { createFamily(input: {name: \\\"" + name
						+ "\\\", district: NORREBRO, members: [{firstName: \\\"Sara\\\", lastName: \\\"Sidst\\\", "
						+ "role: MOTHER, custodyHolder: true}]}) { family { id version members { id } } } }"));
		JsonNode family = created.path("data").path("createFamily").path("family");
		String id = family.path("id").asString();
		String mother = family.path("members").get(0).path("id").asString();
		int version = family.path("version").asInt();
		for (String professional : List.of(DemoIds.SOF_CASEWORKER, DemoIds.BIF_JOB_CASEWORKER)) {
			version = json(graphQl(port, token,
					"mutation { addCoreTeamMember(input: {familyId: \\\"" + id + "\\\", expectedVersion: " + version
							+ ", professionalId: \\\"" + professional + "\\\"}) { family { version } } }"))
				.path("data")
				.path("addCoreTeamMember")
				.path("family")
				.path("version")
				.asInt();
		}
		String today = LocalDate.now(MovableClock.COPENHAGEN).toString();
		assertThat(graphQl(port, token, "mutation { recordConsent(input: {familyId: \\\"" + id
				+ "\\\", grantorIds: [\\\"" + mother + "\\\"], subjectIds: [\\\"" + mother
				+ "\\\"], provisions: [{recipients: [SOF, BIF], categories: [BASIC_IDENTITY]}], period: {from: \\\""
				+ today + "\\\"}, signedOn: \\\"" + today + "\\\", signatureMethod: WRITTEN, documentReference: "
				+ "\\\"SBSYS-1\\\"}) { consent { status } } }")
			.body()).contains("ACTIVE");
		assertThat(graphQl(port, token, "mutation { startConsentConversation(input: {familyId: \\\"" + id
				+ "\\\", expectedVersion: " + version + "}) { family { id } } }")
			.body()).doesNotContain("errors");
		return id;
	}

	private String activate(int port, String token, String familyId) throws Exception {
		int version = json(graphQl(port, token, "{ family(id: \\\"" + familyId + "\\\") { version } }")).path("data")
			.path("family")
			.path("version")
			.asInt();
		return graphQl(port, token, "mutation { activateCourse(input: {familyId: \\\"" + familyId
				+ "\\\", expectedVersion: " + version + "}) { family { course { status } } } }")
			.body();
	}

	/**
	 * Sends eight mutations at once, alternately through each process (the i-th one
	 * given), and returns their answers.
	 */
	private List<String> race(int a, String tokenA, int b, String tokenB, IntFunction<String> mutation)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> sent = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				int port = (i % 2 == 0) ? a : b;
				String token = (i % 2 == 0) ? tokenA : tokenB;
				String query = mutation.apply(i);
				sent.add(pool.submit(() -> graphQl(port, token, query).body()));
			}
			List<String> answers = new ArrayList<>();
			for (Future<String> answer : sent) {
				answers.add(answer.get(60, TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			pool.shutdown();
		}
	}

	private static long count(List<String> answers, String text) {
		return answers.stream().filter((answer) -> answer.contains(text)).count();
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JsonMapper.builder().build().readTree(response.body());
	}

	private HttpResponse<String> graphQl(int port, String token, String query) throws Exception {
		return post(port, token, "{\"query\":\"" + query + "\"}");
	}

	private HttpResponse<String> post(int port, String token, String json) throws Exception {
		return this.applications.post(port, "/graphql", json, token);
	}

}
