package dk.kk.hfi.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.access.FamilyFixture;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access log shows the access to a record only to whom may read the record: a health
 * measure the family's consent keeps from SOF leaves no trace in what SOF's coordinating
 * caseworker reads of the log, not in an entry, a member id, a page's size or its
 * {@code hasNextPage}; nor in a member's data-subject access report. A plan and meetings
 * the consent keeps from KFF leave none in what KFF reads of the log, also where only
 * values embedded in them were read.
 */
class WithheldRecordsInTheAccessLogTests extends GraphQlTestSupport {

	@Test
	void theAccessToAHealthMeasureIsShownOnlyToWhomMayReadIt() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Logbog");
		LocalDate yesterday = LocalDate.now(MovableClock.COPENHAGEN).minusDays(1);
		family.recordConsent(sof, FamilyFixture.allCategoriesBut("HEALTH"), null, yesterday, null);
		String measureId = sufRecordsAndReadsAHealthMeasureOfTheMothers(family);

		// The family's coordinating caseworker may not read health data: of SUF's two
		// requests one shows, without the measure; the other not at all.
		GraphQlTester.Response withheld = entriesOfSuf(sof, family, 1, null);
		String response = withheld.returnResponse().toString();
		assertThat(response).doesNotContain(measureId).doesNotContain("HEALTH");
		withheld.path("family.accessEntries.edges[*].node.objects[*].objectType")
			.entityList(String.class)
			.containsExactly("Family");
		withheld.path("family.accessEntries.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		withheld.path("family.accessLog[?(@.callerId == '" + DemoIds.SUF_PHYSIOTHERAPIST + "')]")
			.entityList(Object.class)
			.hasSize(1);

		// With the family's consent to health data, both requests show, with the measure.
		family.recordConsent(sof, FamilyFixture.ALL_CATEGORIES, null, yesterday, null);
		GraphQlTester.Response first = entriesOfSuf(sof, family, 1, null);
		first.path("family.accessEntries.edges[0].node.objects[*].objectId")
			.entityList(String.class)
			.contains(measureId);
		first.path("family.accessEntries.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String after = first.path("family.accessEntries.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = entriesOfSuf(sof, family, 1, after);
		second.path("family.accessEntries.edges[0].node.objects[*].objectId")
			.entityList(String.class)
			.containsExactly(measureId);
		second.path("family.accessEntries.edges[0].node.memberIds")
			.entityList(String.class)
			.containsExactly(family.motherId);
		second.path("family.accessEntries.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aMembersAccessReportShowsTheAccessToAHealthMeasureOnlyToWhomMayReadIt() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Indsigt");
		family.consentSinceYesterday(sof, FamilyFixture.allCategoriesBut("HEALTH"));
		sufRecordsAndReadsAHealthMeasureOfTheMothers(family);

		// KFF's bridge builder (support team) may not read health data: SUF's requests,
		// which named the mother for her measure alone, are not in her report, which so
		// tells no more of SUF than her child's does.
		HttpGraphQlTester kff = as(DemoIds.KFF_BRIDGE_BUILDER);
		List<Object> toKff = accessesBySuf(kff, family.motherId);
		assertThat(toKff).isEqualTo(accessesBySuf(kff, family.childId));
		assertThat(report(kff, family.motherId).returnResponse().toString()).doesNotContain("HEALTH");

		// SUF's own representative on the support team may read it: there it is.
		report(as(DemoIds.SUF_PHYSIOTHERAPIST), family.motherId)
			.path("dataSubjectAccessReport.accesses[?(@.administration == 'SUF')].categories[*]")
			.entityList(String.class)
			.contains("HEALTH");
	}

	@Test
	void theAccessToAPlanAndItsMeetingsIsShownOnlyToWhomMayReadThem() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Planlog");
		List<String> meetingIds = family.addMinuteActions(sof,
				FamilyFixture.ALL_CATEGORIES.stream()
					.filter((category) -> !List.of("PLAN", "MEETING").contains(category))
					.toList());
		// SOF reads the plan's and the meetings' actions: the meeting ids of the plan's
		// actions and the goal ids of the meetings' are values embedded in those records.
		sof.documentName("access/familyPlanActions").variable("id", family.familyId).execute().errors().verify();
		sof.documentName("access/familyMeetingActions").variable("id", family.familyId).execute().errors().verify();

		// KFF's bridge builder may read neither the plan nor the meetings: the log shows
		// no access to them, not by type nor by id (the plan, its versions, the
		// meetings).
		GraphQlTester.Response toKff = as(DemoIds.KFF_BRIDGE_BUILDER).documentName("access/familyAccessEntries")
			.variable("id", family.familyId)
			.execute();
		assertThat(
				toKff.path("family.accessEntries.edges[*].node.objects[*].objectType").entityList(String.class).get())
			.doesNotContain("Plan", "PlanSnapshot", "PlanAction", "Meeting");
		assertThat(toKff.returnResponse().toString()).doesNotContain(meetingIds.toArray(String[]::new));
		// SOF may: the same accesses show, as the plan's and the meetings'.
		sof.documentName("access/familyAccessEntries")
			.variable("id", family.familyId)
			.execute()
			.path("family.accessEntries.edges[*].node.objects[*].objectType")
			.entityList(String.class)
			.contains("Plan", "PlanSnapshot", "Meeting")
			.doesNotContain("PlanAction");
	}

	@Test
	void aRecordShownOnlyByItsIdCategoryAndOwnerIsOnRecord() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Spor");
		family.consentSinceYesterday(sof, FamilyFixture.ALL_CATEGORIES);
		String measureId = sufRecordsAndReadsAHealthMeasureOfTheMothers(family);

		// BIF asks for the measures' ids, categories and owners only, no field of them
		// that is personal data by itself: that a health measure exists is.
		as(DemoIds.BIF_JOB_CASEWORKER).documentName("audit/familyMeasureExistence")
			.variable("id", family.familyId)
			.execute()
			.path("family.measures[*].id")
			.entityList(String.class)
			.containsExactly(measureId);

		GraphQlTester.Response log = sof.documentName("audit/familyAccessLog")
			.variable("id", family.familyId)
			.execute();
		log.path("family.accessLog[?(@.operationName == 'MeasureExistence')].objects[?(@.objectId == '" + measureId
				+ "')].disclosed[*].category")
			.entityList(String.class)
			.containsExactly("HEALTH");
	}

	/**
	 * SUF records a health measure of the mother's (the payload discloses it alone), then
	 * reads the family's name and measures; returns the measure's id.
	 */
	private String sufRecordsAndReadsAHealthMeasureOfTheMothers(FamilyFixture family) {
		HttpGraphQlTester suf = as(DemoIds.SUF_PHYSIOTHERAPIST);
		GraphQlTester.Response recorded = suf.documentName("measure/recordMeasure")
			.variable("input",
					Map.of("familyId", family.familyId, "memberId", family.motherId, "kind", "HEALTH_CONVERSATION",
							"period", Map.of("from", LocalDate.now(MovableClock.COPENHAGEN).minusDays(1).toString())))
			.execute();
		recorded.errors().verify();
		suf.documentName("audit/familyNameAndMeasures").variable("id", family.familyId).execute().errors().verify();
		return recorded.path("recordMeasure.measure.id").entity(String.class).get();
	}

	private static GraphQlTester.Response report(HttpGraphQlTester reader, String memberId) {
		GraphQlTester.Response response = reader.documentName("audit/dataSubjectAccessReport")
			.variable("m", memberId)
			.execute();
		response.errors().verify();
		return response;
	}

	private static List<Object> accessesBySuf(HttpGraphQlTester reader, String memberId) {
		return report(reader, memberId).path("dataSubjectAccessReport.accesses[?(@.administration == 'SUF')]")
			.entityList(Object.class)
			.get();
	}

	private static GraphQlTester.Response entriesOfSuf(HttpGraphQlTester reader, FamilyFixture family, int first,
			String after) {
		GraphQlTester.Request<?> request = reader.documentName("audit/familyEntriesBy")
			.variable("id", family.familyId)
			.variable("first", first)
			.variable("administration", "SUF");
		GraphQlTester.Response response = ((after != null) ? request.variable("after", after) : request).execute();
		response.errors().verify();
		return response;
	}

}
