package dk.kk.hfi.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.demo.DemoIds;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request limits: depth, cost and aliases are rejected with BAD_USER_INPUT before
 * execution.
 */
class RequestLimitTests extends GraphQlTestSupport {

	/** A family with its details, as the web client's overview reads it. */
	private static final String DETAILS = "id name district members { id firstName lastName role cpr age phone email "
			+ "relations { kind member { id firstName } } } coreTeam { professional { id name administration } role } "
			+ "consents { id status period { from to } provisions { recipients categories } } "
			+ "measures { id category kind status yearlyCostDkk member { id firstName } } "
			+ "meetings { id kind date decisions }";

	/**
	 * A copy of the benchmark's caseload query ({@code HfiBenchmark.QUERY}, first: 1000).
	 */
	private static final String BENCHMARK = "query Bench { me { __typename ... on ProfessionalCaller { "
			+ "families(first: 1000) { edges { node { __typename id name district "
			+ "members { __typename id firstName lastName role cpr birthDate phone } "
			+ "coreTeam { role since active professional { __typename id name administration } } "
			+ "consents { __typename id status purpose period { from to } provisions { recipients categories } } "
			+ "measures { __typename id kind category ownerAdministration status yearlyCostDkk "
			+ "member { __typename id firstName } } } } } } } }";

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void thirtyAliasedPagesOfFamiliesWithDetailsAreRefusedBeforeTheyRun() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < RequestLimits.MAX_ALIASES; i++) {
			query.append(" p")
				.append(i)
				.append(": families(first: 100) { edges { node { ")
				.append(DETAILS)
				.append(" } } }");
		}
		long started = System.nanoTime();
		rejected(as(DemoIds.SUPPORT_COORDINATOR).document(query.append(" }").toString()), "BAD_USER_INPUT",
				(error) -> "complexity".equals(error.getExtensions().get("limit"))
						&& error.getMessage().contains("complexity") && error.getMessage().contains("50000"))
			.path("p0")
			.pathDoesNotExist();
		assertThat(System.nanoTime() - started).isLessThan(3_000_000_000L);
	}

	@Test
	void aPageSizeGivenInAVariableCountsToo() {
		StringBuilder query = new StringBuilder("query($n: Int) {");
		for (int i = 0; i < 12; i++) {
			query.append(" p")
				.append(i)
				.append(": families(first: $n) { edges { node { ")
				.append(DETAILS)
				.append(" } } }");
		}
		String document = query.append(" }").toString();
		as(DemoIds.SUPPORT_COORDINATOR).document(document)
			.variable("n", 100)
			.execute()
			.errors()
			.expect((error) -> "complexity".equals(error.getExtensions().get("limit")))
			.verify();
		as(DemoIds.SUPPORT_COORDINATOR).document(document)
			.variable("n", 2)
			.execute()
			.errors()
			.filter((error) -> "CONSENT_REQUIRED".equals(error.getExtensions().get("code")))
			.verify()
			.path("p11.edges")
			.entityList(Object.class)
			.hasSize(2);
	}

	@Test
	void negativePageSizesAreRefusedEverywhere() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		String family = DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH;
		// Every field of the SDL with a first or last argument, with its largest page.
		List<PagedField> fields = List.of(new PagedField("families", "families", "first", 100),
				new PagedField("families", "families", "last", 100),
				new PagedField("professionals", "professionals", "first", 100),
				new PagedField("professionals", "professionals", "last", 100),
				new PagedField("caseload", "me.families", "first", 1000),
				new PagedField("accessEntries", "family.accessEntries", "first", 100),
				new PagedField("accessLog", "family.accessLog", "first", 500),
				new PagedField("changes", "changes", "first", 100));
		for (PagedField field : fields) {
			for (int size : List.of(-1, Integer.MIN_VALUE, 0, field.max() + 1, Integer.MAX_VALUE)) {
				rejected(
						support.documentName("system/pageSize/" + field.document())
							.variable("id", family)
							.variable(field.argument(), size),
						"BAD_USER_INPUT",
						(error) -> field.path().equals(error.getPath())
								&& (field.argument() + " must be between 1 and " + field.max())
									.equals(error.getMessage()));
			}
			support.documentName("system/pageSize/" + field.document())
				.variable("id", family)
				.variable(field.argument(), 1)
				.execute()
				.errors()
				.verify();
		}
	}

	@Test
	void aCallerWhoMayNotReadAFieldIsRefusedForThatBeforeItsPageSize() {
		rejected(as(DemoIds.BIF_JOB_CASEWORKER).documentName("system/pageSize/accessEntries")
			.variable("id", DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH)
			.variable("first", -1), "FORBIDDEN", (error) -> "family.accessEntries".equals(error.getPath()));
	}

	private record PagedField(String document, String path, String argument, int max) {
	}

	@Test
	void aNegativePageSizeCannotLowerTheQueryCost() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < RequestLimits.MAX_ALIASES; i++) {
			query.append(" p")
				.append(i)
				.append((i % 2 == 0) ? ": families(first: -1)" : ": families(last: -1)")
				.append(" { edges { node { ")
				.append(DETAILS)
				.append(" } } }");
		}
		rejected(as(DemoIds.SUPPORT_COORDINATOR).document(query.append(" }").toString()), "BAD_USER_INPUT",
				(error) -> "complexity".equals(error.getExtensions().get("limit")))
			.path("p0")
			.pathDoesNotExist();
	}

	@Test
	void fragmentsCountEveryTimeTheyAreSpread() {
		StringBuilder fragment = new StringBuilder("fragment Pages on Query {");
		for (int i = 0; i < 16; i++) {
			fragment.append(" f").append(i).append(": families(first: 100) { edges { node { id name } } }");
		}
		String spreads = " { a: me { __typename } ...Pages b: me { __typename } ...Pages } ";
		rejected(as(DemoIds.SUPPORT_COORDINATOR).document("query" + spreads + fragment.append(" }")), "BAD_USER_INPUT",
				(error) -> "aliases".equals(error.getExtensions().get("limit"))
						&& error.getMessage().contains("aliases"));
	}

	@Test
	void fragmentsSpreadInsideFragmentsCostWhatTheyExpandTo() {
		// 4 levels of 8 spreads: 4096 copies of one field once expanded, though the
		// document is short.
		StringBuilder document = new StringBuilder(
				"query { ...L1 } fragment L5 on Query { families(first: 5) { edges { node { id } } } }");
		for (int level = 4; level >= 1; level--) {
			document.append(" fragment L").append(level).append(" on Query {");
			for (int i = 0; i < 8; i++) {
				document.append(" ...L").append(level + 1);
			}
			document.append(" }");
		}
		as(DemoIds.SUPPORT_COORDINATOR).document(document.toString())
			.execute()
			.errors()
			.expect((error) -> "complexity".equals(error.getExtensions().get("limit")))
			.verify();
	}

	@Test
	void introspectionAsGraphiqlSendsItRuns() {
		String typeRef = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name "
				+ "ofType { kind name ofType { kind name ofType { kind name } } } } } } }";
		as(DemoIds.SUPPORT_COORDINATOR)
			.document("query($name: String!) { __type(name: $name) { name } __schema { queryType { name } "
					+ "types { kind name fields(includeDeprecated: true) { name args { name type { " + typeRef
					+ " } } type { " + typeRef + " } } } } }")
			.variable("name", "Family")
			.execute()
			.path("__type.name")
			.entity(String.class)
			.isEqualTo("Family");
	}

	/**
	 * graphql-java refuses introspection asking a type's fields twice (its good-faith
	 * check against introspection-based denial of service): a coded limit with a message
	 * that says what to ask instead, not an INTERNAL error; asked once, it runs.
	 */
	@Test
	void introspectionAskingForFieldsTwiceIsALimitWithACodeAndAMessage() {
		HttpGraphQlTester caller = as(DemoIds.BIF_JOB_CASEWORKER);
		rejected(
				caller.document("{ __schema { queryType { fields { name } } mutationType { fields { name } } "
						+ "subscriptionType { name } } }"),
				"BAD_USER_INPUT",
				(error) -> "introspection".equals(error.getExtensions().get("limit"))
						&& !error.getExtensions().containsKey("correlationId")
						&& error.getMessage().contains("at most once each per request")
						&& error.getMessage().contains("__schema { types { name fields { name } } }"))
			.path("__schema")
			.pathDoesNotExist();
		caller.document("{ __schema { queryType { fields { name } } mutationType { name } } }")
			.execute()
			.path("__schema.queryType.fields[*].name")
			.entityList(String.class)
			.contains("families");
	}

	@Test
	void theWebClientsDocumentsAndTheBenchmarkQueryAreWithinTheLimits() throws IOException {
		GraphQLSchema schema = this.graphQlSource.schema();
		Map<String, String> documents = webClientDocuments();
		documents.put("benchmark", BENCHMARK);
		assertThat(documents).hasSizeGreaterThan(8);
		Map<String, Long> costs = new LinkedHashMap<>();
		documents.forEach((name, text) -> costs.put(name, cost(schema, text)));
		assertThat(costs.get("benchmark")).isBetween(40_000L, (long) RequestLimits.MAX_COMPLEXITY);
		assertThat(costs.get("FAMILIES")).isPositive();
	}

	private static long cost(GraphQLSchema schema, String text) {
		Document document = Parser.parse(text);
		OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
		Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach((f) -> fragments.put(f.getName(), f));
		return QueryCost.check(schema,
				(operation.getOperation() == OperationDefinition.Operation.MUTATION) ? schema.getMutationType()
						: schema.getQueryType(),
				operation.getSelectionSet(), fragments, Map.of(), RequestLimits.LIMITS);
	}

	/** Every document of the client's {@code queries.js}, its constants put in. */
	private static Map<String, String> webClientDocuments() throws IOException {
		String source = new ClassPathResource("static/js/queries.js").getContentAsString(StandardCharsets.UTF_8);
		Map<String, String> constants = new LinkedHashMap<>();
		Matcher constant = Pattern.compile("const (\\w+) = ['`]([^'`]*)['`]").matcher(source);
		while (constant.find()) {
			constants.put(constant.group(1), constant.group(2));
		}
		constants.put("field", "costsReport");
		Matcher template = Pattern.compile("(?:const (\\w+) = |return )`((?:query|mutation)[^`]*)`").matcher(source);
		Map<String, String> documents = new LinkedHashMap<>();
		while (template.find()) {
			String text = template.group(2);
			for (Map.Entry<String, String> entry : constants.entrySet()) {
				text = text.replace("${" + entry.getKey() + "}", entry.getValue());
			}
			documents.put((template.group(1) != null) ? template.group(1) : "report", text);
		}
		return documents;
	}

	@Test
	void tooDeepIsRejected() {
		String nested = "id";
		for (int i = 0; i < 8; i++) {
			nested = "relations { member { " + nested + " } }";
		}
		rejected(as(DemoIds.SOF_CASEWORKER).document("{ family(id: \"fam-001\") { members { " + nested + " } } }"),
				"BAD_USER_INPUT", (error) -> error.getMessage().contains("depth"))
			.path("family")
			.pathDoesNotExist();
	}

	@Test
	void tooManyAliasesAreRejected() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i <= RequestLimits.MAX_ALIASES; i++) {
			query.append(" f").append(i).append(": family(id: \"fam-001\") { id }");
		}
		rejected(as(DemoIds.SOF_CASEWORKER).document(query.append(" }").toString()), "BAD_USER_INPUT",
				(error) -> error.getMessage().contains("aliases"));
	}

	@Test
	void aFewAliasesAreFine() {
		as(DemoIds.SOF_CASEWORKER).document("{ a: family(id: \"fam-001\") { id } b: family(id: \"fam-002\") { id } }")
			.execute()
			.path("b.id")
			.entity(String.class)
			.isEqualTo("fam-002");
	}

}
