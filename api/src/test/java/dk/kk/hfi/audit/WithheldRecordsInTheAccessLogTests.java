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
 * {@code hasNextPage}.
 */
class WithheldRecordsInTheAccessLogTests extends GraphQlTestSupport {

	@Test
	void theAccessToAHealthMeasureIsShownOnlyToWhomMayReadIt() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Logbog");
		LocalDate yesterday = LocalDate.now(MovableClock.COPENHAGEN).minusDays(1);
		family.recordConsent(sof, FamilyFixture.allCategoriesBut("HEALTH"), null, yesterday, null);

		// SUF records a health measure of the mother's (the payload discloses it alone),
		// then reads the family's name and measures.
		HttpGraphQlTester suf = as(DemoIds.SUF_PHYSIOTHERAPIST);
		GraphQlTester.Response recorded = suf.documentName("measure/recordMeasure")
			.variable("input",
					Map.of("familyId", family.familyId, "memberId", family.motherId, "kind", "HEALTH_CONVERSATION",
							"period", Map.of("from", yesterday.toString())))
			.execute();
		recorded.errors().verify();
		String measureId = recorded.path("recordMeasure.measure.id").entity(String.class).get();
		suf.documentName("audit/familyNameAndMeasures").variable("id", family.familyId).execute().errors().verify();

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
