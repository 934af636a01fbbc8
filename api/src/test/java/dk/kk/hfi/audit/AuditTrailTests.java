package dk.kk.hfi.audit;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.GraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.demo.DemoIds;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every disclosure is on record, exactly as disclosed, never with values; and the record
 * is guarded.
 */
@SuppressWarnings("unchecked")
class AuditTrailTests extends GraphQlTestSupport {

	private static final String FAMILY = DemoIds.FAMILY_CONSENT_WITHOUT_HEALTH;

	@Autowired
	MongoTemplate mongo;

	@Test
	void eventsAreStoredInTheShapeAnyMongoDbClientReads() {
		as(DemoIds.BIF_JOB_CASEWORKER).documentName("audit/family").variable("id", FAMILY).execute();
		Document stored = this.mongo.getCollection("auditEvents")
			.find(new Document("operationName", "StoredShapeProbe"))
			.first();
		assertThat(stored).isNotNull();
		assertThat(stored.get("_id")).isInstanceOf(ObjectId.class);
		assertThat(stored.get("at")).isInstanceOf(Date.class);
		assertThat(stored.get("administration")).isEqualTo("BIF");
		assertThat(stored.getString("familyId")).isEqualTo(FAMILY);
		Document object = stored.getList("objects", Document.class).get(0);
		assertThat(object.getString("objectType")).isEqualTo("Family");
		assertThat(object.getList("disclosed", Document.class)).isNotEmpty()
			.allSatisfy((disclosure) -> assertThat(disclosure.getString("category")).isNotBlank());
	}

	@Test
	void theAuditRecordEqualsWhatTheResponseDisclosedAndWithheld() {
		GraphQlTester.Response read = as(DemoIds.BIF_JOB_CASEWORKER).documentName("audit/familyMembers")
			.variable("id", FAMILY)
			.execute();
		read.errors().filter((error) -> "CONSENT_REQUIRED".equals(error.getExtensions().get("code"))).verify();
		List<Map<String, Object>> measures = objects(read, "family.measures");

		GraphQlTester.Response accessLog = as(DemoIds.SUPPORT_COORDINATOR).documentName("audit/familyAccessLog")
			.variable("id", FAMILY)
			.execute();
		Map<String, Object> entry = objects(accessLog, "family.accessLog").stream()
			.filter((log) -> "AuditProbe".equals(log.get("operationName"))
					&& DemoIds.BIF_JOB_CASEWORKER.equals(log.get("callerId")))
			.findFirst()
			.orElseThrow();
		assertThat(entry).containsEntry("administration", "BIF").containsEntry("callerKind", "PROFESSIONAL");
		List<Map<String, Object>> objects = (List<Map<String, Object>>) entry.get("objects");

		for (Map<String, Object> measure : measures) {
			Map<String, Object> audited = objects.stream()
				.filter((object) -> "Measure".equals(object.get("objectType"))
						&& measure.get("id").equals(object.get("objectId")))
				.findFirst()
				.orElseThrow();
			List<String> disclosed = categories(audited, "disclosed");
			List<String> denied = categories(audited, "denied");
			if (measure.get("kind") != null) {
				assertThat(disclosed).containsExactly((String) measure.get("category"));
				assertThat(denied).isEmpty();
			}
			else {
				assertThat(denied).containsExactly((String) measure.get("category"));
				assertThat(disclosed).isEmpty();
			}
		}
		List<Map<String, Object>> members = objects.stream()
			.filter((object) -> "Member".equals(object.get("objectType")))
			.toList();
		assertThat(members).hasSize(read.path("family.members").entityList(Object.class).get().size());
		members.forEach((member) -> assertThat(categories(member, "disclosed"))
			.containsExactlyInAnyOrder("BASIC_IDENTITY", "IDENTITY"));
		members.forEach((member) -> assertThat((List<Map<String, Object>>) member.get("disclosed"))
			.anyMatch((disclosure) -> "IDENTITY".equals(disclosure.get("category"))
					&& "OWN_DATA".equals(disclosure.get("basis"))));
		assertThat(objects).hasSize(members.size() + measures.size());
	}

	@Test
	void theAccessLogHoldsNoValues() {
		String token = token("{\"professionalId\":\"" + DemoIds.SUPPORT_COORDINATOR + "\"}");
		as(DemoIds.SUPPORT_COORDINATOR).documentName("audit/familyMembers2").variable("id", FAMILY).execute();
		String body = post("/graphql", "{\"query\":\"{ family(id: \\\"" + FAMILY + "\\\") { accessLog(first: 50) "
				+ "{ objects { objectId memberIds disclosed { category } } } } }\"}", token)
			.body();
		assertThat(body).contains("IDENTITY")
			.doesNotContainPattern("\\d{6}-\\d{4}")
			.doesNotContainPattern("\\d{2} \\d{2} \\d{2} \\d{2}");
	}

	@Test
	void onlyTheSupportTeamAndTheFamilysCoordinatorReadTheAccessLog() {
		rejected(as(DemoIds.BIF_JOB_CASEWORKER).documentName("audit/familyAccessLog").variable("id", FAMILY),
				"FORBIDDEN", (error) -> error.getPath().equals("family.accessLog"))
			.path("family.accessLog")
			.valueIsNull();
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 501 })
	void theAccessLogIsReadOneToFiveHundredEntriesAtATime(int first) {
		long pageSizeReads = accessLogReadsNamed("AccessLogPageSize");
		rejected(
				as(DemoIds.SUPPORT_COORDINATOR).documentName("audit/familyAccessLogFirst")
					.variable("id", FAMILY)
					.variable("first", first),
				"BAD_USER_INPUT",
				(error) -> error.getPath().equals("family.accessLog")
						&& "first must be between 1 and 500".equals(error.getMessage()))
			.path("family.accessLog")
			.valueIsNull();
		// A refused read disclosed nothing and is not on record as oversight.
		assertThat(accessLogReadsNamed("AccessLogPageSize")).isEqualTo(pageSizeReads);
		as(DemoIds.SUPPORT_COORDINATOR).documentName("audit/familyAccessLogFirst")
			.variable("id", FAMILY)
			.variable("first", (first == 0) ? 1 : 500)
			.execute()
			.path("family.accessLog")
			.entityList(Object.class)
			.hasSizeGreaterThan(0);
	}

	@Test
	void aDataSubjectSeesEveryAccessToTheirData() {
		String member = DemoIds.memberId(FAMILY, 1);
		as(DemoIds.BUF_HEALTH_VISITOR).documentName("audit/familyMembers3")
			.variable("id", FAMILY)
			.execute()
			.errors()
			.verify();
		GraphQlTester.Response report = as(DemoIds.SUPPORT_COORDINATOR).documentName("audit/dataSubjectAccessReport")
			.variable("m", member)
			.execute();
		report.path("dataSubjectAccessReport.accesses[?(@.administration == 'BUF')].categories")
			.entityList(List.class)
			.satisfies((lists) -> assertThat(lists).anyMatch((categories) -> categories.contains("CONTACT")));
		report.path("dataSubjectAccessReport.accesses[*].purpose")
			.entityList(String.class)
			.satisfies((purposes) -> assertThat(purposes).containsOnly("HFI"));
		rejected(as(DemoIds.BIF_JOB_CASEWORKER).documentName("audit/dataSubjectAccessReportMemberId")
			.variable("m", member), "FORBIDDEN");
	}

	private static List<String> categories(Map<String, Object> object, String key) {
		return ((List<Map<String, Object>>) object.get(key)).stream()
			.map((entry) -> (String) entry.get("category"))
			.filter(Objects::nonNull)
			.toList();
	}

	private long accessLogReadsNamed(String operationName) {
		return objects(as(DemoIds.SUPPORT_COORDINATOR).documentName("audit/familyAccessLogNames")
			.variable("id", FAMILY)
			.execute(), "family.accessLog").stream()
			.filter((entry) -> operationName.equals(entry.get("operationName")))
			.count();
	}

}
