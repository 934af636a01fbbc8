package dk.kk.hfi.access;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.EnumValue;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.demo.DemoClient;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated matrix of who may do what: every operation (query, mutation, restricted
 * field) run by every kind of caller relation to one family, through HTTP. The
 * expectation is computed here, independently of the operation policy, from the demo
 * family's core team and the relations each operation declares in the SDL. Mutations are
 * sent with a stale version or an input that fails validation, so an allowed caller
 * passes the guard and changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationMatrixTests extends GraphQlTestSupport {

	private static final String FAMILY = DemoIds.FAMILY_FULL_CONSENT;

	private static final String MISSING = "no-such-id-0000";

	private static final Set<String> GUARD_CODES = Set.of("FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED", "INTERNAL",
			"TRUSTED_DOCUMENT_REQUIRED");

	private final Map<String, Caller> callers = new LinkedHashMap<>();

	private String consentId;

	private String measureId;

	private String measureOwner;

	private String memberId;

	private String childId;

	@BeforeAll
	void readTheFamilyAsTheSupportTeam() {
		Map<String, Object> family = as(DemoIds.SUPPORT_COORDINATOR)
			.document("query($id: ID!) { family(id: $id) { members { id role } consents { id } "
					+ "measures { id ownerAdministration } "
					+ "coreTeam { role active professional { id administration role supportTeam } } } }")
			.variable("id", FAMILY)
			.execute()
			.path("family")
			.entity(Map.class)
			.get();
		List<Map<String, Object>> members = list(family, "members");
		this.memberId = (String) members.get(0).get("id");
		this.childId = members.stream()
			.filter((member) -> "CHILD".equals(member.get("role")))
			.map((member) -> (String) member.get("id"))
			.findFirst()
			.orElseThrow();
		this.consentId = (String) list(family, "consents").get(0).get("id");
		Map<String, Object> measure = list(family, "measures").get(0);
		this.measureId = (String) measure.get("id");
		this.measureOwner = (String) measure.get("ownerAdministration");
		for (Map<String, Object> membership : list(family, "coreTeam")) {
			if (!Boolean.TRUE.equals(membership.get("active"))) {
				continue;
			}
			Map<String, Object> professional = (Map<String, Object>) membership.get("professional");
			this.callers.putIfAbsent((String) professional.get("id"),
					new Caller((String) professional.get("id"), null, (String) professional.get("administration"),
							(String) membership.get("role"), Boolean.TRUE.equals(professional.get("supportTeam")), true,
							(String) professional.get("role")));
		}
		this.callers.put(DemoIds.SUPPORT_COORDINATOR,
				new Caller(DemoIds.SUPPORT_COORDINATOR, null, "SOF", null, true, false, "COORDINATOR"));
		this.callers.put(DemoIds.SOF_LEADER, new Caller(DemoIds.SOF_LEADER, null, "SOF", null, false, false, "LEADER"));
		this.callers.put(DemoIds.NO_TEAM_PROFESSIONAL,
				new Caller(DemoIds.NO_TEAM_PROFESSIONAL, null, "BUF", null, false, false, "HEALTH_VISITOR"));
		this.callers.put(DemoClient.BIF_JOB_CENTRE,
				new Caller(null, DemoClient.BIF_JOB_CENTRE, "BIF", null, false,
						this.callers.values()
							.stream()
							.anyMatch((caller) -> caller.onTeam && "BIF".equals(caller.administration)),
						null));
		assertThat(this.callers.values()).as("the family's team has a coordinating caseworker")
			.anyMatch((caller) -> caller.onTeam && "SOF".equals(caller.administration)
					&& "CHILD_AND_YOUTH_CASEWORKER".equals(caller.membershipRole));
	}

	@Test
	void everyOperationByEveryCallerRelationIsAllowedOrRefusedAsDeclared() throws IOException {
		Map<String, FieldDefinition> declared = declaredOperations(OperationRuleSchemaTests.schema());
		Map<String, Operation> operations = operations();
		assertThat(operations.keySet()).as("the matrix covers every declared operation")
			.containsExactlyInAnyOrderElementsOf(declared.keySet());
		List<String> mismatches = new ArrayList<>();
		for (Caller caller : this.callers.values()) {
			HttpGraphQlTester tester = (caller.clientId != null) ? asClient(caller.clientId)
					: as(caller.professionalId);
			operations.forEach((name, operation) -> {
				Directive allow = declared.get(name).getDirectives("allow").get(0);
				String expected = expectedOutcome(caller, operation, allow);
				String actual = outcome(tester.document(operation.document(this)).execute());
				if (!expected.equals(actual)) {
					mismatches.add(name + " by " + caller + ": expected " + expected + ", got " + actual);
				}
			});
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void aHiddenFamilysRecordAndAMissingIdGiveIdenticalErrors() {
		HttpGraphQlTester outsider = as(DemoIds.NO_TEAM_PROFESSIONAL);
		List<String> differences = new ArrayList<>();
		operations().forEach((name, operation) -> {
			if (!operation.concernsFamily()) {
				return;
			}
			List<String> hidden = errors(outsider.document(operation.document(this)).execute());
			List<String> missing = errors(outsider.document(operation.withMissingIds().document(this)).execute());
			assertThat(hidden).as(name).isNotEmpty();
			if (!hidden.equals(missing)) {
				differences.add(name + ": hidden " + hidden + " vs missing " + missing);
			}
			hidden.forEach((error) -> assertThat(error).as(name)
				.doesNotContain(FAMILY)
				.doesNotContain(this.consentId)
				.doesNotContain(this.measureId)
				.doesNotContain(this.memberId));
		});
		assertThat(differences).isEmpty();
	}

	private String expectedOutcome(Caller caller, Operation operation, Directive allow) {
		if (caller.clientId != null) {
			// A partner client runs only the documents registered for it: none of these
			// free documents runs at all.
			return "TRUSTED_DOCUMENT_REQUIRED";
		}
		if (operation.concernsFamily() && !caller.inScope()) {
			return "NOT_FOUND";
		}
		List<String> relations = ((ArrayValue) allow.getArgument("to").getValue()).getValues()
			.stream()
			.map((value) -> ((EnumValue) value).getName())
			.toList();
		return relations.stream().anyMatch((relation) -> caller.holds(relation, operation.owner(this))) ? "ALLOWED"
				: "FORBIDDEN";
	}

	private static String outcome(GraphQlTester.Response response) {
		List<String> codes = new ArrayList<>();
		response.errors()
			.satisfy((errors) -> errors.stream()
				.map((error) -> String.valueOf(error.getExtensions().get("code")))
				.forEach(codes::add));
		return codes.stream().filter(GUARD_CODES::contains).findFirst().orElse("ALLOWED");
	}

	/**
	 * Each error as message + extensions, without the path (the one thing allowed to
	 * differ).
	 */
	private static List<String> errors(GraphQlTester.Response response) {
		List<String> errors = new ArrayList<>();
		response.errors()
			.satisfy((list) -> list.stream()
				.map((ResponseError error) -> error.getMessage() + " " + new java.util.TreeMap<>(error.getExtensions()))
				.forEach(errors::add));
		return errors;
	}

	private Map<String, Operation> operations() {
		Map<String, Operation> operations = new LinkedHashMap<>();
		String version = "expectedVersion: -1";
		String fam = "familyId: \"%F\"";
		family(operations, "Mutation.updateFamily", "updateFamily(input: { id: \"%F\", " + version + " })");
		family(operations, "Mutation.addMember", "addMember(input: { " + fam + ", " + version
				+ ", member: { firstName: \"A\", lastName: \"B\", role: OTHER } })");
		family(operations, "Mutation.updateMember", "updateMember(input: { " + fam + ", " + version
				+ ", memberId: \"%M\", member: { firstName: \"A\", lastName: \"B\", role: OTHER } })");
		family(operations, "Mutation.setRelation", "setRelation(input: { " + fam + ", " + version
				+ ", memberId: \"%M\", kind: MOTHER, relatedMemberId: \"%C\" })");
		family(operations, "Mutation.removeRelation",
				"removeRelation(input: { " + fam + ", " + version + ", memberId: \"%M\", relatedMemberId: \"%C\" })");
		family(operations, "Mutation.setCustody",
				"setCustody(input: { " + fam + ", " + version + ", childId: \"%C\", custodyHolderIds: [] })");
		family(operations, "Mutation.addCoreTeamMember", "addCoreTeamMember(input: { " + fam + ", " + version
				+ ", professionalId: \"" + DemoIds.NO_TEAM_PROFESSIONAL + "\" })");
		family(operations, "Mutation.removeCoreTeamMember", "removeCoreTeamMember(input: { " + fam + ", " + version
				+ ", professionalId: \"" + DemoIds.NO_TEAM_PROFESSIONAL + "\" })");
		family(operations, "Mutation.startConsentConversation",
				"startConsentConversation(input: { " + fam + ", " + version + " })");
		family(operations, "Mutation.activateCourse", "activateCourse(input: { " + fam + ", " + version + " })");
		family(operations, "Mutation.closeCourse",
				"closeCourse(input: { " + fam + ", " + version + ", reason: FAMILY_WITHDREW })");
		family(operations, "Mutation.recordConsent",
				"recordConsent(input: { " + fam + ", grantorIds: [], "
						+ "subjectIds: [], provisions: [], period: { from: \"2025-01-01\" }, signedOn: \"2025-01-01\", "
						+ "signatureMethod: WRITTEN })");
		operations.put("Mutation.changeConsent",
				new Operation(
						"mutation { changeConsent(input: { consentId: \"%K\", " + version + " }) { __typename } }",
						true, (test) -> "SOF"));
		operations.put("Mutation.withdrawConsent",
				new Operation(
						"mutation { withdrawConsent(input: { consentId: \"%K\", " + version + " }) { __typename } }",
						true, (test) -> "SOF"));
		operations.put("Mutation.recordMeasure", new Operation("mutation { recordMeasure(input: { " + fam
				+ ", memberId: \"%M\", kind: FAMILY_TREATMENT, period: { from: \"2025-02-01\", to: \"2025-01-01\" } }) "
				+ "{ __typename } }", true, (test) -> "SOF"));
		operations.put("Mutation.updateMeasure",
				new Operation(
						"mutation { updateMeasure(input: { measureId: \"%X\", " + version + " }) { __typename } }",
						true, (test) -> test.measureOwner));
		operations.put("Mutation.recordRegisterObservation",
				new Operation("mutation { recordRegisterObservation(" + "input: { " + fam
						+ ", memberId: \"nobody\", kind: INCOME_SUPPORT, observedOn: \"2025-01-01\" }) "
						+ "{ __typename } }", true, (test) -> "BIF"));
		family(operations, "Mutation.recordMeeting", "recordMeeting(input: { " + fam + ", kind: CORE_TEAM, "
				+ "date: \"2099-01-01\", professionalIds: [], memberIds: [], decisions: [], actions: [] })");
		family(operations, "Mutation.savePlan", "savePlan(input: { " + fam + ", expectedVersion: -1, themes: [], "
				+ "goals: [], actions: [], voices: [] })");
		family(operations, "Mutation.startPlan", "startPlan(input: { " + fam + " })");
		family(operations, "Mutation.savePlanTheme", "savePlanTheme(input: { " + fam
				+ ", id: \"nothing\", expectedVersion: -1, section: PRIORITY, text: \"x\" })");
		family(operations, "Mutation.savePlanGoal", "savePlanGoal(input: { " + fam
				+ ", id: \"nothing\", expectedVersion: -1, text: \"x\", administrationGoal: SOF })");
		family(operations, "Mutation.savePlanAction", "savePlanAction(input: { " + fam
				+ ", id: \"nothing\", expectedVersion: -1, description: \"x\", memberId: \"%M\" })");
		family(operations, "Mutation.savePlanVoice",
				"savePlanVoice(input: { " + fam + ", memberId: \"%M\", expectedVersion: -1, said: \"x\" })");
		family(operations, "Mutation.movePlanItem",
				"movePlanItem(input: { " + fam + ", kind: GOAL, itemId: \"nothing\", expectedVersion: -1 })");
		family(operations, "Mutation.removePlanItem",
				"removePlanItem(input: { " + fam + ", kind: GOAL, itemId: \"nothing\", expectedVersion: -1 })");
		family(operations, "Mutation.recordAssessment", "recordAssessment(input: { " + fam
				+ ", memberId: \"nobody\", kind: BASELINE, date: \"2025-01-01\", items: [] })");
		family(operations, "Mutation.recordExperienceSurvey", "recordExperienceSurvey(input: { " + fam
				+ ", respondentId: \"nobody\", kind: BASELINE, answeredOn: \"2025-01-01\", answers: [] })");
		global(operations, "Mutation.createFamily",
				"mutation { createFamily(input: { name: \"\", district: NORREBRO, members: [] }) { __typename } }");
		global(operations, "Mutation.createProfessional", "mutation { createProfessional(input: { name: \"\", "
				+ "administration: SOF, role: MENTOR, title: \"\" }) { __typename } }");
		global(operations, "Mutation.updateProfessional", "mutation { updateProfessional(input: { id: \""
				+ DemoIds.NO_TEAM_PROFESSIONAL + "\", " + version + " }) { __typename } }");
		global(operations, "Query.me", "{ me { __typename } }");
		operations.put("Query.family", new Operation("{ family(id: \"%F\") { id } }", true, (test) -> "SOF"));
		global(operations, "Query.families", "{ families(first: 1) { pageInfo { hasNextPage } } }");
		global(operations, "Query.measureCatalogue", "{ measureCatalogue { __typename } }");
		global(operations, "Query.professional", "{ professional(id: \"" + DemoIds.SOF_CASEWORKER + "\") { id } }");
		global(operations, "Query.professionals", "{ professionals(first: 1) { pageInfo { hasNextPage } } }");
		global(operations, "Query.supportTeam", "{ supportTeam { id } }");
		global(operations, "Query.changes", "{ changes(first: 1) { pageInfo { hasNextPage } } }");
		global(operations, "Query.courseCapacity", "{ courseCapacity { limit } }");
		operations.put("Query.dataSubjectAccessReport",
				new Operation("{ dataSubjectAccessReport(memberId: \"%M\") { memberId } }", true, (test) -> "SOF"));
		for (String report : List.of("parentsBurdensReport", "childrensBurdensReport", "stressReactionsReport",
				"incomeSupportReport", "leisureReport", "socialMeasuresReport", "costsReport", "schoolAbsenceReport",
				"experienceSurveyReport", "programmeStatusReport")) {
			global(operations, "Query." + report, "{ " + report + "(period: \"2024\") { title } }");
		}
		operations.put("Family.accessLog",
				new Operation("{ family(id: \"%F\") { accessLog(first: 1) { at } } }", true, (test) -> "SOF"));
		operations.put("Family.accessEntries",
				new Operation("{ family(id: \"%F\") { accessEntries(first: 1) { pageInfo { hasNextPage } } } }", true,
						(test) -> "SOF"));
		return operations;
	}

	private static void family(Map<String, Operation> operations, String name, String call) {
		operations.put(name, new Operation("mutation { " + call + " { __typename } }", true, (test) -> "SOF"));
	}

	private static void global(Map<String, Operation> operations, String name, String document) {
		operations.put(name, new Operation(document, false, (test) -> null));
	}

	private static Map<String, FieldDefinition> declaredOperations(TypeDefinitionRegistry registry) {
		Map<String, FieldDefinition> operations = new LinkedHashMap<>();
		for (String type : List.of("Query", "Mutation", "Family")) {
			List<ObjectTypeDefinition> definitions = new ArrayList<>();
			registry.getType(type, ObjectTypeDefinition.class).ifPresent(definitions::add);
			definitions.addAll(registry.objectTypeExtensions().getOrDefault(type, List.of()));
			definitions.forEach((definition) -> definition.getFieldDefinitions()
				.stream()
				.filter((field) -> field.hasDirective("allow"))
				.forEach((field) -> operations.put(type + "." + field.getName(), field)));
		}
		return operations;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
		return (List<Map<String, Object>>) map.get(key);
	}

	/**
	 * One operation as a document with placeholders for the family's ids, and the owner
	 * its OWNER rule asks.
	 */
	record Operation(String template, boolean concernsFamily,
			java.util.function.Function<OperationMatrixTests, String> ownerOf) {

		String document(OperationMatrixTests test) {
			return this.template.replace("%F", FAMILY)
				.replace("%K", test.consentId)
				.replace("%X", test.measureId)
				.replace("%M", test.memberId)
				.replace("%C", test.childId);
		}

		String owner(OperationMatrixTests test) {
			return this.ownerOf.apply(test);
		}

		/** The same operation naming ids that do not exist. */
		Operation withMissingIds() {
			return new Operation(this.template.replace("%F", MISSING)
				.replace("%K", MISSING)
				.replace("%X", MISSING)
				.replace("%M", MISSING), this.concernsFamily, this.ownerOf);
		}

	}

	/** A caller and, as read from the demo data, its relation to the family. */
	record Caller(String professionalId, String clientId, String administration, String membershipRole,
			boolean supportTeam, boolean onTeam, String role) {

		boolean inScope() {
			return this.supportTeam || this.onTeam;
		}

		boolean holds(String relation, String owner) {
			boolean professional = this.professionalId != null;
			return switch (relation) {
				case "PROFESSIONAL" -> professional;
				case "PARTNER_CLIENT" -> !professional;
				case "SUPPORT_TEAM" -> this.supportTeam;
				case "LEADER" -> "LEADER".equals(this.role);
				case "COORDINATING_CASEWORKER" -> professional && this.onTeam && "SOF".equals(this.administration)
						&& "CHILD_AND_YOUTH_CASEWORKER".equals(this.membershipRole);
				case "STATUTORY_CASEWORKER" -> holds("COORDINATING_CASEWORKER", owner) || (professional && this.onTeam
						&& "BIF".equals(this.administration) && "JOB_CASEWORKER".equals(this.membershipRole));
				case "CORE_TEAM" -> professional && this.onTeam;
				case "HFI_REPRESENTATIVE" ->
					professional && this.onTeam && "HFI_REPRESENTATIVE".equals(this.membershipRole);
				case "OWNER" -> professional && this.onTeam && Objects.equals(owner, this.administration);
				default -> throw new IllegalArgumentException(relation);
			};
		}

		@Override
		public String toString() {
			return Objects.requireNonNullElse(this.professionalId, this.clientId) + "(" + this.administration + ", "
					+ this.membershipRole + (this.supportTeam ? ", support team" : "") + ")";
		}

	}

}
