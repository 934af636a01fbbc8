package dk.kk.hfi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.bson.BsonArray;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import dk.kk.hfi.access.BenchmarkAccess;
import dk.kk.hfi.audit.BenchmarkAudit;
import dk.kk.hfi.caller.CallerAuthentication;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.domain.caller.ProfessionalCaller;
import dk.kk.hfi.system.MongoCommandCounter;

/**
 * The benchmark harness (issue 7): runs the real application in this JVM on the embedded in-memory store with the
 * demo data plus 1111 cloned families, measures the six targets and writes {@code target/benchmark/report.md}
 * and {@code report.json}. Run it with {@code ./mvnw -Pbenchmark -pl api -am verify}; {@code mvn verify} without
 * the profile neither compiles nor runs it.
 */
@Import({ MongoCommandCounter.class, BenchmarkAccess.Wiring.class, BenchmarkAudit.Wiring.class })
@SpringBootTest(properties = { "hfi.store.mode=memory", "hfi.demo.enabled=true", "hfi.demo.seed=true",
		"logging.level.root=warn", "spring.main.banner-mode=off" })
class HfiBenchmark {

	static final int[] SIZES = { 1, 10, 100, 1000 };

	static final long WARM_UP_NANOS = Long.getLong("benchmark.warmUpSeconds", 6) * 1_000_000_000L;

	static final String FAMILY_FIELDS = "__typename id name district "
			+ "members { __typename id firstName lastName role cpr birthDate phone } "
			+ "coreTeam { role since active professional { __typename id name administration } } "
			+ "consents { __typename id status purpose period { from to } provisions { recipients categories } } "
			+ "measures { __typename id kind category ownerAdministration status yearlyCostDkk "
			+ "member { __typename id firstName } }";

	/** The caseload page: the professional of size N is on exactly N families, all read in one page. */
	static final String QUERY = "query Bench { me { __typename ... on ProfessionalCaller { "
			+ "families(first: 1000) { edges { node { " + FAMILY_FIELDS + " } } } } } }";

	/** For timing arms in turn that need nothing readied between them. */
	private static final IntConsumer NOTHING_TO_SWITCH = (arm) -> {
	};


	@Autowired
	WebGraphQlHandler graphQl;

	@Autowired
	MongoClient client;

	@Autowired
	GraphQlSource graphQlSource;

	/** Each personal-data type of the schema with its unrestricted fields. */
	Map<String, Set<String>> personalDataTypes;

	@Autowired
	MongoCommandCounter commandCounter;

	@Autowired
	CommandsByName commands;

	final JsonMapper json = JsonMapper.builder().build();

	final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	final Report report = new Report();

	MongoDatabase db;

	final AtomicLong requestIds = new AtomicLong();

	@Test
	void run() throws Exception {
		this.db = this.client.getDatabase("hfi");
		this.personalDataTypes = personalDataTypes(this.graphQlSource.schema());
		Seeder.seed(this.db, SIZES);
		this.report.machine(this.db.getCollection("families").countDocuments());

		String only = System.getProperty("benchmark.only", "");
		warmUp();
		roundTrips();
		if (only.isEmpty() || only.contains("2")) {
			physicalLimit();
		}
		if (only.isEmpty() || only.contains("3")) {
			perFieldCost();
		}
		if (only.isEmpty() || only.contains("4")) {
			accessChecks();
		}
		if (only.isEmpty() || only.contains("5")) {
			audit();
		}
		if (only.isEmpty() || only.contains("6")) {
			new HttpLoad(this.report).run();
		}
		if (only.isEmpty() || only.contains("7")) {
			new StoreGrowth(this.report).run();
		}

		Path out = Path.of(System.getProperty("benchmark.output", "target/benchmark"));
		this.report.write(out, this.json);
		System.out.println(Files.readString(out.resolve("report.md")));
	}

	// ---- targets -------------------------------------------------------------------------------------------

	private void warmUp() {
		long end = System.nanoTime() + WARM_UP_NANOS;
		while (System.nanoTime() < end) {
			clearAudit();
			for (int n : SIZES) {
				if (n <= 100) {
					graphQl(n, null);
					raw(n);
				}
			}
		}
		// Both arms of every A/B below are warmed too.
		for (int i = 0; i < 10; i++) {
			clearAudit();
			graphQl(1000, null);
			raw(1000);
			BenchmarkAccess.enforcement(false);
			graphQl(100, null);
			BenchmarkAccess.enforcement(true);
			BenchmarkAudit.audit(false);
			graphQl(100, null);
			BenchmarkAudit.audit(true);
		}
	}

	/** Target 1: MongoDB commands per request, for N = 1, 10, 100, 1000. */
	private void roundTrips() {
		Map<String, Object> byN = new LinkedHashMap<>();
		Set<Long> counts = new HashSet<>();
		for (int n : SIZES) {
			this.commands.reset();
			long before = this.commandCounter.count();
			Map<String, Object> response = graphQl(n, null);
			long roundTrips = this.commandCounter.count() - before;
			int families = families(response).size();
			if (families != n) {
				throw new IllegalStateException("Expected " + n + " families, got " + families);
			}
			counts.add(roundTrips);
			byN.put("N=" + n, Map.of("roundTrips", roundTrips, "commands", this.commands.snapshot()));
			System.out.println("[benchmark] commands, N = " + n + ": " + this.commands.snapshot());
			this.report.figure("1", "MongoDB round trips per request, N = " + n, roundTrips, "same for every N",
					null);
		}
		this.report.figure("1", "round trips identical for N = 1, 10, 100, 1000", counts.size() == 1 ? "yes" : "no",
				"yes", counts.size() == 1);
		this.report.detail("roundTrips", byN);
	}

	/** Target 2: in-process p50 of the families query ÷ the raw driver + Jackson baseline, N = 100. */
	private void physicalLimit() {
		List<List<Long>> times = timedInTurns(NOTHING_TO_SWITCH, () -> bytes(graphQl(100, null)), () -> raw(100));
		double p50GraphQl = percentile(times.get(0), 50) / 1e6;
		double p50Raw = percentile(times.get(1), 50) / 1e6;
		this.report.figure("2", "p50 families query, N = 100 (ms)", round(p50GraphQl), null, null);
		this.report.figure("2", "p50 raw baseline ($in + same projection + Jackson), N = 100 (ms)", round(p50Raw),
				null, null);
		double ratio = p50GraphQl / p50Raw;
		this.report.figure("2", "p50 GraphQL ÷ p50 raw, N = 100", round(ratio), "≤ 2.0 (stretch 1.5)", ratio <= 2.0);
	}

	/** Target 3: (GraphQL CPU − raw CPU) ÷ (objects × fields) at N = 1000. */
	private void perFieldCost() {
		List<Long> graphQlCpu = new ArrayList<>();
		List<Long> rawCpu = new ArrayList<>();
		Map<String, Object> response = null;
		for (int round = 0; round < 6; round++) {
			clearAudit();
			for (int i = 0; i < 3; i++) {
				long start = this.threads.getCurrentThreadCpuTime();
				response = graphQl(1000, null);
				bytes(response);
				graphQlCpu.add(this.threads.getCurrentThreadCpuTime() - start);
				start = this.threads.getCurrentThreadCpuTime();
				raw(1000);
				rawCpu.add(this.threads.getCurrentThreadCpuTime() - start);
			}
		}
		long[] shape = new long[2];
		walk(response.get("data"), shape);
		long fields = shape[1];
		double cpuGraphQl = percentile(graphQlCpu, 50) / 1e6;
		double cpuRaw = percentile(rawCpu, 50) / 1e6;
		double perField = (cpuGraphQl - cpuRaw) * 1000 / fields;
		this.report.figure("3", "CPU per request, N = 1000: GraphQL / raw (ms)",
				round(cpuGraphQl) + " / " + round(cpuRaw), null, null);
		this.report.figure("3", "objects / field values in the response, N = 1000", shape[0] + " / " + fields, null,
				null);
		Object errors = response.get("errors");
		this.report.figure("3", "errors in the response (CONSENT_REQUIRED), N = 1000",
				(errors instanceof Collection<?> list) ? list.size() : 0, null, null);
		this.report.figure("3", "engine cost per field, N = 1000 (µs)", round(perField), "≤ 0.5", perField <= 0.5);
		engineFloor(response.get("data"), fields);
	}

	/**
	 * Context for target 3: graphql-java alone over the same response held in memory, per field value (CPU of
	 * executing and serializing minus CPU of serializing the same data).
	 */
	private void engineFloor(Object data, long fields) {
		EngineFloor floor = new EngineFloor(this.graphQlSource.schema());
		for (int i = 0; i < 20; i++) {
			bytes(floor.execute(QUERY, data));
		}
		List<Long> engineCpu = new ArrayList<>();
		List<Long> jsonCpu = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			long start = this.threads.getCurrentThreadCpuTime();
			bytes(floor.execute(QUERY, data));
			engineCpu.add(this.threads.getCurrentThreadCpuTime() - start);
			start = this.threads.getCurrentThreadCpuTime();
			bytes(data);
			jsonCpu.add(this.threads.getCurrentThreadCpuTime() - start);
		}
		double perField = (percentile(engineCpu, 50) - percentile(jsonCpu, 50)) / 1e3 / fields;
		this.report.figure("3", "graphql-java alone, same query over the response in memory (no data access, "
				+ "no Spring, no access checks), per field (µs)", round(perField), null, null);
	}

	/** Target 4: throughput with enforcement ÷ without, N = 100 (audit off in both); policy evaluations. */
	private void accessChecks() {
		BenchmarkAudit.audit(false);
		long[] ops = new long[2];
		long[] nanos = new long[2];
		for (int round = 0; round < 8; round++) {
			clearAudit();
			for (int arm = 0; arm < 2; arm++) {
				BenchmarkAccess.enforcement(arm == 0);
				long start = System.nanoTime();
				long end = start + 750_000_000L;
				while (System.nanoTime() < end) {
					bytes(graphQl(100, null));
					ops[arm]++;
				}
				nanos[arm] += System.nanoTime() - start;
			}
		}
		BenchmarkAccess.enforcement(true);
		BenchmarkAudit.audit(true);
		double on = ops[0] * 1e9 / nanos[0];
		double off = ops[1] * 1e9 / nanos[1];
		this.report.figure("4", "throughput, enforcement on / off, N = 100 (req/s, 1 thread)",
				round(on) + " / " + round(off), null, null);
		this.report.figure("4", "throughput enforcement on ÷ off, N = 100", round(on / off), "≥ 0.85",
				on / off >= 0.85);

		// One probe request, counted: policy evaluations against (objects × categories) and (objects × fields).
		clearAudit();
		BenchmarkAccess.resetCounts();
		BenchmarkAccess.counting(true);
		String op = "probe" + this.requestIds.incrementAndGet();
		Map<String, Object> response = graphQl(100, op);
		BenchmarkAccess.counting(false);
		long evaluations = BenchmarkAccess.policyEvaluations();
		long guarded = BenchmarkAccess.guardedReads();
		long[] audited = auditedObjects(op);
		this.report.figure("4", "guarded field reads (objects × fields), N = 100", guarded, null, null);
		this.report.figure("4", "objects × categories touched (from the audit), N = 100", audited[1], null, null);
		this.report.figure("4", "policy evaluations, N = 100", evaluations, "≤ objects × categories",
				evaluations <= audited[1] && evaluations < guarded);
		this.report.detail("probeResponseObjects", personalObjects(response).size());
	}

	/** Target 5: p50 with audit ÷ without (enforcement on); audit records against objects disclosed. */
	private void audit() {
		Runnable request = () -> bytes(graphQl(100, null));
		List<List<Long>> times = timedInTurns((arm) -> BenchmarkAudit.audit(arm == 0), request, request);
		List<Long> on = times.get(0);
		List<Long> off = times.get(1);
		BenchmarkAudit.audit(true);
		double ratio = percentile(on, 50) / (double) percentile(off, 50);
		this.report.figure("5", "p50 with audit / without, N = 100 (ms)",
				round(percentile(on, 50) / 1e6) + " / " + round(percentile(off, 50) / 1e6), null, null);
		this.report.figure("5", "p50 audit on ÷ off, N = 100", round(ratio), "≤ 1.3", ratio <= 1.3);

		for (int n : new int[] { 1, 100, 1000 }) {
			clearAudit();
			this.commands.reset();
			String op = "audit" + this.requestIds.incrementAndGet();
			Map<String, Object> response = graphQl(n, op);
			Map<String, Long> snapshot = this.commands.snapshot();
			long inserts = snapshot.getOrDefault("insert auditEvents", 0L);
			long events = snapshot.getOrDefault("insert auditEvents documents", 0L);
			long[] audited = auditedObjects(op);
			Set<String> disclosed = disclosedObjects(response);
			this.report.figure("5", "audit writes per request, N = " + n, inserts, "1", inserts == 1);
			this.report.figure("5", "audit events (one per family) / families, N = " + n, events + " / " + n, null,
					events == n);
			Set<String> onRecord = disclosedOnRecord(op);
			this.report.figure("5", "objects on record as disclosed / objects disclosed in the response, N = " + n,
					audited[2] + " / " + disclosed.size(), "the same objects", onRecord.equals(disclosed));
			if (!onRecord.equals(disclosed)) {
				Set<String> missing = new HashSet<>(disclosed);
				missing.removeAll(onRecord);
				Set<String> extra = new HashSet<>(onRecord);
				extra.removeAll(disclosed);
				System.out.println("[benchmark] audit mismatch, N = " + n + ": in the response but not on record "
						+ missing.stream().limit(5).toList() + " (" + missing.size() + "), on record but not in the "
						+ "response " + extra.stream().limit(5).toList() + " (" + extra.size() + ")");
			}
		}
	}

	/** The harness's own store would fill the heap with audit events: empty it between measurements. */
	private void clearAudit() {
		this.db.getCollection("auditEvents").deleteMany(new Document());
	}

	// ---- execution -----------------------------------------------------------------------------------------

	/** Runs the families query in-process through the same handler chain as HTTP (interceptors included). */
	Map<String, Object> graphQl(int n, String operationName) {
		ProfessionalCaller caller = new ProfessionalCaller(Seeder.professionalId(n), Administration.SOF, false);
		Jwt jwt = Jwt.withTokenValue("bench").header("alg", "none").subject(caller.id()).build();
		SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(jwt, caller));
		try {
			String query = (operationName != null) ? QUERY.replace("query Bench", "query " + operationName) : QUERY;
			Map<String, Object> body = new HashMap<>();
			body.put("query", query);
			if (operationName != null) {
				body.put("operationName", operationName);
			}
			WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"),
					new HttpHeaders(), null, Map.of(), body, Long.toString(this.requestIds.incrementAndGet()),
					Locale.ENGLISH);
			WebGraphQlResponse response = this.graphQl.handleRequest(request).block();
			Map<String, Object> result = response.toMap();
			for (Object error : response.getErrors()) {
				String code = String.valueOf(((org.springframework.graphql.ResponseError) error).getExtensions()
					.get("code"));
				if (!"CONSENT_REQUIRED".equals(code)) {
					throw new IllegalStateException("Unexpected error: " + error);
				}
			}
			return result;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The baseline: the same documents with the MongoDB driver ($in, same projection), serialized by Jackson. */
	byte[] raw(int n) {
		return bytes(RawBaseline.fetch(this.db, Seeder.professionalId(n)));
	}

	byte[] bytes(Object value) {
		return this.json.writeValueAsBytes(value);
	}

	/**
	 * Times the arms in turn, one run of each a turn, in 10 rounds of 10 turns with the
	 * audit emptied before each round; {@code switchTo} readies an arm, untimed. Each
	 * arm's times (ns), in the order of the arms.
	 */
	private List<List<Long>> timedInTurns(IntConsumer switchTo, Runnable... arms) {
		List<List<Long>> times = new ArrayList<>();
		for (int arm = 0; arm < arms.length; arm++) {
			times.add(new ArrayList<>());
		}
		for (int round = 0; round < 10; round++) {
			clearAudit();
			for (int i = 0; i < 10; i++) {
				for (int arm = 0; arm < arms.length; arm++) {
					switchTo.accept(arm);
					times.get(arm).add(time(arms[arm]));
				}
			}
		}
		return times;
	}

	static long time(Runnable task) {
		long start = System.nanoTime();
		task.run();
		return System.nanoTime() - start;
	}

	// ---- response and audit analysis ------------------------------------------------------------------------

	@SuppressWarnings("unchecked")
	static List<Object> families(Map<String, Object> response) {
		Map<String, Object> data = (Map<String, Object>) response.get("data");
		Map<String, Object> me = (Map<String, Object>) data.get("me");
		Map<String, Object> families = (Map<String, Object>) me.get("families");
		return (List<Object>) families.get("edges");
	}

	/** Counts objects (shape[0]) and field values (shape[1]) of a response tree. */
	@SuppressWarnings("unchecked")
	static void walk(Object node, long[] shape) {
		if (node instanceof Map<?, ?> map) {
			shape[0]++;
			shape[1] += map.size();
			map.values().forEach((value) -> walk(value, shape));
		}
		else if (node instanceof Collection<?> values) {
			values.forEach((value) -> walk(value, shape));
		}
	}

	/** (type, id) of every personal-data object in the response. */
	Set<String> personalObjects(Map<String, Object> response) {
		Set<String> objects = new HashSet<>();
		collect(response.get("data"), objects, false);
		return objects;
	}

	/**
	 * (type, id) of every personal-data object of which the response carries at least one guarded value: a value
	 * of a field the schema does not declare {@code @unrestricted}.
	 */
	Set<String> disclosedObjects(Map<String, Object> response) {
		Set<String> objects = new HashSet<>();
		collect(response.get("data"), objects, true);
		return objects;
	}

	private void collect(Object node, Set<String> objects, boolean disclosedOnly) {
		if (node instanceof Map<?, ?> map) {
			Object type = map.get("__typename");
			Set<String> unrestricted = (type != null) ? this.personalDataTypes.get(type.toString()) : null;
			if (unrestricted != null) {
				boolean anyValue = map.entrySet()
					.stream()
					.anyMatch((entry) -> !"__typename".equals(entry.getKey())
							&& !unrestricted.contains(entry.getKey().toString()) && entry.getValue() != null
							&& !(entry.getValue() instanceof Collection<?>));
				if (!disclosedOnly || anyValue) {
					objects.add(type + "/" + map.get("id"));
				}
			}
			map.values().forEach((value) -> collect(value, objects, disclosedOnly));
		}
		else if (node instanceof Collection<?> values) {
			values.forEach((value) -> collect(value, objects, disclosedOnly));
		}
	}

	/** From the schema: each {@code @personalData} type with the names of its {@code @unrestricted} fields. */
	static Map<String, Set<String>> personalDataTypes(GraphQLSchema schema) {
		Map<String, Set<String>> types = new HashMap<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type instanceof GraphQLObjectType object && object.hasAppliedDirective("personalData")) {
				Set<String> unrestricted = new HashSet<>();
				object.getFieldDefinitions()
					.stream()
					.filter((field) -> field.hasAppliedDirective("unrestricted"))
					.forEach((field) -> unrestricted.add(field.getName()));
				types.put(object.getName(), unrestricted);
			}
		}
		return types;
	}

	/** From the audit events of one request: [objects, objects × categories, objects with a disclosure]. */
	@SuppressWarnings("unchecked")
	long[] auditedObjects(String operationName) {
		long[] result = new long[3];
		for (Document event : this.db.getCollection("auditEvents").find(new Document("operationName", operationName))) {
			for (Document object : (List<Document>) event.get("objects", List.class)) {
				List<Object> disclosed = object.getList("disclosed", Object.class, List.of());
				List<Object> denied = object.getList("denied", Object.class, List.of());
				result[0]++;
				result[1] += disclosed.size() + denied.size();
				if (!disclosed.isEmpty()) {
					result[2]++;
				}
			}
		}
		return result;
	}

	/** (type, id) of every object the audit events of one request record as disclosed. */
	@SuppressWarnings("unchecked")
	Set<String> disclosedOnRecord(String operationName) {
		Set<String> objects = new HashSet<>();
		for (Document event : this.db.getCollection("auditEvents").find(new Document("operationName", operationName))) {
			for (Document object : (List<Document>) event.get("objects", List.class)) {
				if (!object.getList("disclosed", Object.class, List.of()).isEmpty()) {
					objects.add(object.getString("objectType") + "/" + object.getString("objectId"));
				}
			}
		}
		return objects;
	}

	static long percentile(List<Long> values, int percentile) {
		long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	// ---- the command counter by name ---------------------------------------------------------------------

	/** Counts commands by name and collection, and the documents of audit inserts. */
	static class CommandsByName implements CommandListener {

		private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

		@Override
		public void commandStarted(CommandStartedEvent event) {
			String name = event.getCommandName();
			if (Set.of("hello", "isMaster", "ismaster", "ping", "buildInfo", "endSessions").contains(name)) {
				return;
			}
			org.bson.BsonValue target = event.getCommand().get(name);
			String key = name + ((target != null && target.isString()) ? " " + target.asString().getValue() : "");
			this.counts.computeIfAbsent(key, (k) -> new AtomicLong()).incrementAndGet();
			if (Boolean.getBoolean("benchmark.debug") && name.equals("find")) {
				System.out.println("[benchmark] debug " + event.getCommand().get("filter"));
			}
			if (name.equals("insert") && event.getCommand().get("documents") instanceof BsonArray documents) {
				this.counts.computeIfAbsent(key + " documents", (k) -> new AtomicLong()).addAndGet(documents.size());
			}
		}

		void reset() {
			this.counts.clear();
		}

		Map<String, Long> snapshot() {
			Map<String, Long> snapshot = new java.util.TreeMap<>();
			this.counts.forEach((key, count) -> snapshot.put(key, count.get()));
			return snapshot;
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class BenchmarkConfiguration {

		@Bean
		CommandsByName commandsByName() {
			return new CommandsByName();
		}

		@Bean
		MongoClientSettingsBuilderCustomizer commandsByNameCustomizer(CommandsByName commands) {
			return (settings) -> settings.addCommandListener(commands);
		}

	}

}
