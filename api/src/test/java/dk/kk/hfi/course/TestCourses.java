package dk.kk.hfi.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.MovableClock;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.Period;
import dk.kk.hfi.domain.consent.ConsentPurpose;
import dk.kk.hfi.domain.consent.ConsentRepository;
import dk.kk.hfi.domain.consent.ConsentState;
import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.consent.Provision;
import dk.kk.hfi.domain.consent.SignatureMethod;

/**
 * Fresh families for tests that change them, so no test depends on another's changes,
 * made through the API: the one fixture of the full-application tests for creating a
 * family, putting professionals on its team, reading its members and version and
 * recording a consent. {@link #refer} makes a mother, a child and a father living
 * elsewhere, referred by the support team; other tests pass their own family to
 * {@link #create}.
 */
public final class TestCourses {

	/** A SOF child-and-youth caseworker put on the test families' core teams. */
	public static final String SOF_CASEWORKER = "prof-sof-08";

	/** A BIF job caseworker put on the test families' core teams. */
	public static final String BIF_CASEWORKER = "prof-bif-06";

	private TestCourses() {
	}

	/**
	 * A referred family of a mother, a child and a father living elsewhere, with the
	 * professionals on its core team.
	 */
	public static Referral refer(HttpGraphQlTester support, String name, String... team) {
		Map<String, Object> input = Map.of("name", name, "district", "BISPEBJERG", "referredOn",
				LocalDate.now(MovableClock.COPENHAGEN).minusDays(30).toString(), "members",
				List.of(Map.of("firstName", "Mona", "lastName", "Test", "role", "MOTHER", "birthDate", "1988-03-04",
						"custodyHolder", true),
						Map.of("firstName", "Ali", "lastName", "Test", "role", "CHILD", "birthDate", "2015-06-07"),
						Map.of("firstName", "Omar", "lastName", "Test", "role", "FATHER", "birthDate", "1985-01-02",
								"livesInHousehold", false)));
		Created created = create(support, input);
		long version = created.version();
		for (String professionalId : team) {
			version = addToTeam(support, created.familyId(), version, professionalId);
		}
		List<String> members = created.memberIds();
		return new Referral(created.familyId(), members.get(0), members.get(1), members.get(2));
	}

	/** A family {@link #refer} made: its id and its members' ids. */
	public record Referral(String id, String mother, String child, String father) {

		/** The members' ids in the family's order: mother, child, father. */
		public List<String> memberIds() {
			return List.of(this.mother, this.child, this.father);
		}

	}

	/** A family created through the API from a {@code CreateFamilyInput}. */
	public static Created create(HttpGraphQlTester tester, Map<String, Object> input) {
		GraphQlTester.Response response = tester.documentName("fixture/createFamily")
			.variable("input", input)
			.execute();
		response.errors().verify();
		return new Created(response.path("createFamily.family.id").entity(String.class).get(),
				response.path("createFamily.family.version").entity(Long.class).get(),
				response.path("createFamily.family.members[*].id").entityList(String.class).get());
	}

	/**
	 * A family just created: its id, version and members' ids in the order of the input.
	 */
	public record Created(String familyId, long version, List<String> memberIds) {
	}

	public static long version(HttpGraphQlTester tester, String familyId) {
		GraphQlTester.Response response = tester.documentName("fixture/familyVersion")
			.variable("id", familyId)
			.execute();
		response.errors().verify();
		return response.path("family.version").entity(Long.class).get();
	}

	public static List<String> memberIds(HttpGraphQlTester tester, String familyId) {
		return tester.documentName("fixture/familyMemberIds")
			.variable("id", familyId)
			.execute()
			.path("family.members[*].id")
			.entityList(String.class)
			.get();
	}

	public static void addToTeam(HttpGraphQlTester support, String familyId, String professionalId) {
		addToTeam(support, familyId, version(support, familyId), professionalId);
	}

	/**
	 * Puts the professional on the family's core team at the given version; returns the
	 * family's new version.
	 */
	public static long addToTeam(HttpGraphQlTester support, String familyId, long version, String professionalId) {
		GraphQlTester.Response response = support.documentName("fixture/addCoreTeamMember")
			.variable("input",
					Map.of("familyId", familyId, "expectedVersion", version, "professionalId", professionalId))
			.execute();
		response.errors().verify();
		return response.path("addCoreTeamMember.family.version").entity(Long.class).get();
	}

	/** Starts the family's plan with one goal of the administration's. */
	public static void startPlan(HttpGraphQlTester tester, String familyId, String goalId, String goal,
			String administration) {
		tester.documentName("course/savePlan")
			.variable("input",
					Map.of("familyId", familyId, "themes", List.of(), "goals",
							List.of(Map.of("id", goalId, "text", goal, "administrationGoal", administration)),
							"actions", List.of(), "voices", List.of()))
			.execute()
			.errors()
			.verify();
	}

	/**
	 * Records a consent through the API from a {@code RecordConsentInput}; returns its
	 * id.
	 */
	public static String recordConsent(HttpGraphQlTester tester, Map<String, Object> input) {
		return tester.documentName("fixture/recordConsent")
			.variable("input", input)
			.execute()
			.path("recordConsent.consent.id")
			.entity(String.class)
			.get();
	}

	public static GraphQlTester.Response transition(HttpGraphQlTester tester, String mutation, String familyId,
			Map<String, Object> extra) {
		Map<String, Object> input = new java.util.HashMap<>(extra);
		input.put("familyId", familyId);
		input.putIfAbsent("expectedVersion", version(tester, familyId));
		return tester
			.document("mutation($input: " + Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1)
					+ "Input!) { " + mutation + "(input: $input) { family { id version course { status "
					+ "activatedOn closedOn closingReason transitions { to on by { id } reason closingReason } } } } }")
			.variable("input", input)
			.execute();
	}

	/**
	 * An active HFI consent by the mother for the whole family, all categories to all
	 * administrations.
	 */
	public static void recordConsent(ConsentRepository consents, String familyId, List<String> memberIds) {
		String consentId = "con-test-" + UUID.randomUUID();
		consents.insert(new ConsentVersion(ConsentVersion.documentId(consentId, 1), consentId, 1, familyId,
				ConsentPurpose.HFI, ConsentState.ACTIVE, List.of(memberIds.get(0)), memberIds,
				List.of(new Provision(List.of(Administration.values()), List.of(DataCategory.values()), List.of())),
				new Period(LocalDate.now(MovableClock.COPENHAGEN).minusDays(10),
						LocalDate.now(MovableClock.COPENHAGEN).plusYears(2)),
				LocalDate.now(MovableClock.COPENHAGEN).minusDays(10), SignatureMethod.MITID, "test", null,
				Instant.now(), SOF_CASEWORKER));
	}

	/**
	 * A family in the consent conversation with an active consent and both statutory
	 * caseworkers.
	 */
	public static String readyToStart(HttpGraphQlTester support, ConsentRepository consents, String name) {
		Referral family = refer(support, name, SOF_CASEWORKER, BIF_CASEWORKER);
		transition(support, "startConsentConversation", family.id(), Map.of()).errors().verify();
		recordConsent(consents, family.id(), family.memberIds());
		return family.id();
	}

}
