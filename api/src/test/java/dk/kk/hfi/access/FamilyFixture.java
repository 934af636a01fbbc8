package dk.kk.hfi.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.MovableClock;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.course.TestCourses;
import dk.kk.hfi.demo.DemoIds;

/**
 * Creates a fresh family through the API ({@link TestCourses}) for tests that change
 * consents: a mother with custody and an eight-year-old child, with a core team of one
 * professional from each administration.
 */
public final class FamilyFixture {

	static final Map<String, String> TEAM = Map.of("SOF", DemoIds.SOF_CASEWORKER, "BIF", DemoIds.BIF_JOB_CASEWORKER,
			"BUF", DemoIds.BUF_HEALTH_VISITOR, "SUF", DemoIds.SUF_PHYSIOTHERAPIST, "KFF", DemoIds.KFF_BRIDGE_BUILDER);

	/** Every data category, as a consent names them. */
	public static final List<String> ALL_CATEGORIES = Arrays.stream(DataCategory.values()).map(Enum::name).toList();

	/** Every data category but one. */
	public static List<String> allCategoriesBut(String left) {
		return ALL_CATEGORIES.stream().filter((category) -> !category.equals(left)).toList();
	}

	public final String familyId;

	public final String motherId;

	public final String childId;

	private FamilyFixture(String familyId, String motherId, String childId) {
		this.familyId = familyId;
		this.motherId = motherId;
		this.childId = childId;
	}

	public static FamilyFixture create(HttpGraphQlTester sof, String name) {
		Map<String, Object> input = Map.of("name", name, "district", "NORREBRO", "members",
				List.of(Map.of("firstName", "Mona", "lastName", "Matrix", "role", "MOTHER", "cpr", "010185-1234",
						"phone", "12 34 56 78", "custodyHolder", true),
						Map.of("firstName", "Milo", "lastName", "Matrix", "role", "CHILD", "birthDate",
								LocalDate.now(MovableClock.COPENHAGEN).minusYears(8).toString())));
		TestCourses.Created created = TestCourses.create(sof, input);
		List<String> members = created.memberIds();
		FamilyFixture fixture = new FamilyFixture(created.familyId(), members.get(0), members.get(1));
		long version = fixture.relate(sof, created.version());
		for (String administration : List.of("BIF", "BUF", "SUF", "KFF")) {
			version = TestCourses.addToTeam(sof, created.familyId(), version, TEAM.get(administration));
		}
		return fixture;
	}

	/**
	 * A fresh family whose consent covers everything but its meetings, with two actions
	 * from meetings on the plan and, last, one of the mother's written on it.
	 */
	public static FamilyFixture withMeetingsHidden(HttpGraphQlTester sof, String name) {
		FamilyFixture family = create(sof, name);
		family.addMinuteActions(sof, allCategoriesBut("MEETING"));
		family.addWrittenAction(sof, "Mor sætter vækkeuret");
		return family;
	}

	private long relate(HttpGraphQlTester sof, long version) {
		return sof.documentName("access/setRelation")
			.variable("input",
					Map.of("familyId", this.familyId, "expectedVersion", version, "memberId", this.childId, "kind",
							"MOTHER", "relatedMemberId", this.motherId))
			.execute()
			.path("setRelation.family.version")
			.entity(Long.class)
			.get();
	}

	/**
	 * Records a consent from the mother for both members to every administration, of the
	 * categories, from yesterday on; returns its id.
	 */
	public String consentSinceYesterday(HttpGraphQlTester sof, List<String> categories) {
		return recordConsent(sof, categories, null, LocalDate.now(MovableClock.COPENHAGEN).minusDays(1), null);
	}

	/** Records a consent from the mother for both members; returns its id. */
	public String recordConsent(HttpGraphQlTester sof, List<String> categories, List<Map<String, Object>> exceptions,
			LocalDate from, LocalDate to) {
		Map<String, Object> provision = (exceptions == null)
				? Map.of("recipients", List.of("SOF", "BIF", "BUF", "SUF", "KFF"), "categories", categories)
				: Map.of("recipients", List.of("SOF", "BIF", "BUF", "SUF", "KFF"), "categories", categories,
						"exceptions", exceptions);
		Map<String, Object> period = (to == null) ? Map.of("from", from.toString())
				: Map.of("from", from.toString(), "to", to.toString());
		return TestCourses.recordConsent(sof,
				Map.of("familyId", this.familyId, "grantorIds", List.of(this.motherId), "subjectIds",
						List.of(this.motherId, this.childId), "provisions", List.of(provision), "period", period,
						"signedOn", LocalDate.now(MovableClock.COPENHAGEN).minusDays(1).toString(), "signatureMethod",
						"MITID", "documentReference", "MitID-SIGN-1"));
	}

	/**
	 * Gives the family a consent covering the categories, a plan and two meetings, each
	 * putting one action on it (the plan's third version, the first two in its history);
	 * returns the meetings' ids.
	 */
	public List<String> addMinuteActions(HttpGraphQlTester sof, List<String> categories) {
		recordConsent(sof, categories, null, LocalDate.now(MovableClock.COPENHAGEN).minusDays(1), null);
		TestCourses.startPlan(sof, this.familyId, "g-ro", "Mor har ro om morgenen", "SOF");
		List<String> meetingIds = new ArrayList<>();
		List<String> actions = List.of("Mor skriver morgenplanen", "Mor lægger tøjet frem aftenen før");
		for (int n = 1; n <= actions.size(); n++) {
			GraphQlTester.Response recorded = sof.documentName("course/recordMeeting")
				.variable("input", meeting(n, actions.get(n - 1)))
				.execute();
			recorded.errors().verify();
			meetingIds.add(recorded.path("recordMeeting.meeting.id").entity(String.class).get());
		}
		return meetingIds;
	}

	/**
	 * Writes an action of the mother's on the plan's goal {@code g-ro}, not at a meeting.
	 */
	public void addWrittenAction(HttpGraphQlTester sof, String description) {
		sof.documentName("access/savePlanAction")
			.variable("input",
					Map.of("familyId", this.familyId, "goalId", "g-ro", "description", description, "memberId",
							this.motherId))
			.execute()
			.errors()
			.verify();
	}

	/**
	 * The family's n-th core-team meeting, today, putting one action of the mother's on
	 * the plan.
	 */
	public Map<String, Object> meeting(int n, String action) {
		return Map.of("id", "kerneteam-" + n, "familyId", this.familyId, "kind", "CORE_TEAM", "date",
				LocalDate.now(MovableClock.COPENHAGEN).toString(), "professionalIds", List.of(DemoIds.SOF_CASEWORKER),
				"memberIds", List.of(this.motherId), "decisions", List.of("Mor og rådgiver laver en plan"), "actions",
				List.of(Map.of("description", action, "memberId", this.motherId, "goalId", "g-ro")));
	}

}
