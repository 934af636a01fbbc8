package dk.kk.hfi.access;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.demo.DemoIds;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent governance, custody, course closure and oversight as the family's word
 * requires: the scenarios found by trying the demo as its users would, as regression
 * tests through HTTP.
 */
class KeepingTheFamilysWordTests extends GraphQlTestSupport {

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void aWithdrawalIsNotUndoneByANonCoordinatorAndAnOralConsentGivesNoAccessUntilSigned() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		HttpGraphQlTester buf = as(DemoIds.BUF_HEALTH_VISITOR);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Ordet");
		String consentId = family.consentSinceYesterday(sof, FamilyFixture.ALL_CATEGORIES);
		assertThat(bufPhoneDenial(family)).isNull();

		buf.documentName("access/aWithdrawalIsNotUndoneByANonCoordinatorAndAnOralConsentGivesNoAccessUntilSigned")
			.variable("id", consentId)
			.execute()
			.path("withdrawConsent.consent.status")
			.entity(String.class)
			.isEqualTo("WITHDRAWN");
		assertThat(bufPhoneDenial(family)).isEqualTo("WITHDRAWN");

		rejected(buf.documentName("access/recordConsentId").variable("input", consent(family, "ORAL_NOTED", null)),
				"FORBIDDEN");
		assertThat(bufPhoneDenial(family)).isEqualTo("WITHDRAWN");

		GraphQlTester.Response oral = sof.documentName("access/recordConsentId")
			.variable("input", consent(family, "ORAL_NOTED", null))
			.execute();
		oral.path("recordConsent.consent.status").entity(String.class).isEqualTo("AWAITING_SIGNATURE");
		assertThat(bufPhoneDenial(family)).isEqualTo("AWAITING_SIGNATURE");

		String oralId = oral.path("recordConsent.consent.id").entity(String.class).get();
		sof.documentName(
				"access/aWithdrawalIsNotUndoneByANonCoordinatorAndAnOralConsentGivesNoAccessUntilSignedChangeConsent")
			.variable("id", oralId)
			.execute()
			.path("changeConsent.consent.status")
			.entity(String.class)
			.isEqualTo("ACTIVE");
		assertThat(bufPhoneDenial(family)).isNull();
		sof.documentName("access/family")
			.variable("id", family.familyId)
			.execute()
			.path("family.consents[*].status")
			.entityList(String.class)
			.containsExactly("ACTIVE", "WITHDRAWN");
	}

	@Test
	void aPartialWithdrawalIsReportedAsWithdrawnAndNoChangeUndoesIt() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Delvis");
		String consentId = family.consentSinceYesterday(sof, FamilyFixture.ALL_CATEGORIES);
		as(DemoIds.BUF_HEALTH_VISITOR).documentName("access/aPartialWithdrawalIsReportedAsWithdrawnAndNoChangeUndoesIt")
			.variable("id", consentId)
			.execute()
			.path("withdrawConsent.consent.partialWithdrawals")
			.entityList(Object.class)
			.hasSize(1);
		assertThat(bufPhoneDenial(family)).isEqualTo("WITHDRAWN");

		sof.documentName("access/aPartialWithdrawalIsReportedAsWithdrawnAndNoChangeUndoesItChangeConsent")
			.variable("id", consentId)
			.variable("provisions",
					List.of(Map.of("recipients", List.of("SOF", "BIF", "BUF", "SUF", "KFF"), "categories",
							FamilyFixture.ALL_CATEGORIES)))
			.execute()
			.path("changeConsent.consent.version")
			.entity(Integer.class)
			.isEqualTo(3);
		assertThat(bufPhoneDenial(family)).isEqualTo("WITHDRAWN");
	}

	@Test
	void aCustodyHolderAddedLaterMustGrantAndCustodyCanBeSetPerChild() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Forældremyndighed");
		GraphQlTester.Response added = sof.documentName("access/addMember")
			.variable("input",
					Map.of("familyId", family.familyId, "expectedVersion", version(sof, family), "member",
							Map.of("firstName", "Frank", "lastName", "Matrix", "role", "FATHER", "custodyHolder", true,
									"livesInHousehold", false)))
			.execute();
		List<String> childHolders = added.path("addMember.family.members[1].custodyHolders[*].id")
			.entityList(String.class)
			.get();
		String fatherId = added.path("addMember.family.members[2].id").entity(String.class).get();
		assertThat(childHolders).containsExactlyInAnyOrder(family.motherId, fatherId);

		sof.documentName("access/recordConsentId")
			.variable("input", consent(family, "WRITTEN", "SBSYS-1"))
			.execute()
			.errors()
			.expect((error) -> "CUSTODY_HOLDER_MISSING".equals(error.getExtensions().get("reason")))
			.verify();

		sof.documentName("access/setCustody")
			.variable("input",
					Map.of("familyId", family.familyId, "expectedVersion", version(sof, family), "childId",
							family.childId, "custodyHolderIds", List.of(family.motherId)))
			.execute()
			.path("setCustody.family.members[1].custodyHistory")
			.entityList(Object.class)
			.hasSize(2);
		sof.documentName("access/recordConsentId")
			.variable("input", consent(family, "WRITTEN", "SBSYS-1"))
			.execute()
			.path("recordConsent.consent.status")
			.entity(String.class)
			.isEqualTo("ACTIVE");
	}

	@Test
	void aGrantorRefusalTellsCustodyAndAgeOnlyToThoseWhoMayReadThem() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Afslag");
		Map<String, Object> byTheChild = Map.of("familyId", family.familyId, "grantorIds", List.of(family.childId),
				"subjectIds", List.of(family.childId), "provisions",
				List.of(Map.of("recipients", List.of("BUF"), "categories", List.of("SCHOOL"))), "period",
				Map.of("from", LocalDate.now(MovableClock.COPENHAGEN).toString()), "signedOn",
				LocalDate.now(MovableClock.COPENHAGEN).toString(), "signatureMethod", "WRITTEN", "documentReference",
				"SBSYS-9");
		sof.documentName("access/recordConsentId")
			.variable("input", byTheChild)
			.execute()
			.errors()
			.expect((error) -> "GRANTOR_UNDER_15".equals(error.getExtensions().get("reason")))
			.verify();
		// Before the family's consent, BUF may read neither age nor custody: it is
		// refused
		// before any capacity check, the same whoever is named as grantor.
		as(DemoIds.BUF_SUPPORT_HEALTH_VISITOR).documentName("access/recordConsentId")
			.variable("input", byTheChild)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code"))
					&& "IDENTITY".equals(error.getExtensions().get("category")) && !error.getMessage().contains("15")
					&& !error.getMessage().contains(family.childId))
			.verify();
	}

	@Test
	void whoMayGrantIsToldNeitherByARefusalNorByAnAcceptanceToWhomMayNotReadAgeAndCustody() {
		// The family withdrew IDENTITY for BUF and BIF: BUF's support-team member may not
		// read the members' age, so neither recording nor changing a consent answers
		// whether the child could grant it or the mother holds custody, and nothing is
		// recorded. SOF and BIF read age and custody as their own and are told.
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Myndighed");
		String consentId = family.consentSinceYesterday(sof, FamilyFixture.ALL_CATEGORIES);
		sof.document("mutation($id: ID!) { withdrawConsent(input: { consentId: $id, expectedVersion: 1, "
				+ "categories: [IDENTITY], recipients: [BUF, BIF] }) { consent { version } } }")
			.variable("id", consentId)
			.execute()
			.errors()
			.verify();
		HttpGraphQlTester buf = as(DemoIds.BUF_SUPPORT_HEALTH_VISITOR);
		List<String> refusals = new java.util.ArrayList<>();
		for (String grantor : List.of(family.childId, family.motherId)) {
			GraphQlTester.Response refused = buf.documentName("access/recordConsentId")
				.variable("input", draftFor(family, grantor))
				.execute();
			rejected(refused, "FORBIDDEN");
			refused.errors().satisfy((errors) -> {
				assertThat(errors.get(0).getExtensions()).containsEntry("category", "IDENTITY");
				refusals.add(errors.get(0).getMessage() + errors.get(0).getExtensions());
			});
		}
		assertThat(refusals.get(0)).isEqualTo(refusals.get(1));
		rejected(
				buf.document("mutation($id: ID!) { changeConsent(input: { consentId: $id, expectedVersion: 2, "
						+ "grantorIds: [\"" + family.childId + "\"] }) { consent { version } } }")
					.variable("id", consentId),
				"FORBIDDEN", (error) -> "IDENTITY".equals(error.getExtensions().get("category")));
		sof.documentName("access/familyConsents")
			.variable("id", family.familyId)
			.execute()
			.path("family.consents[*].status")
			.entityList(String.class)
			.containsExactly("ACTIVE");

		for (String holder : List.of(DemoIds.SUPPORT_COORDINATOR, DemoIds.BIF_SUPPORT_JOB_CASEWORKER)) {
			as(holder).documentName("access/recordConsentId")
				.variable("input", draftFor(family, family.childId))
				.execute()
				.errors()
				.expect((error) -> "GRANTOR_UNDER_15".equals(error.getExtensions().get("reason")))
				.verify();
			as(holder).documentName("access/recordConsentId")
				.variable("input", draftFor(family, family.motherId))
				.execute()
				.path("recordConsent.consent.status")
				.entity(String.class)
				.isEqualTo("DRAFT");
		}
	}

	@Test
	void aConsentEndsAtCopenhagenMidnightWhateverTheServersZone() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Midnat");
		LocalDate lastDay = LocalDate.now(MovableClock.COPENHAGEN).plusDays(3);
		family.recordConsent(sof, FamilyFixture.ALL_CATEGORIES, null,
				LocalDate.now(MovableClock.COPENHAGEN).minusDays(1), lastDay);
		HttpGraphQlTester buf = as(DemoIds.BUF_HEALTH_VISITOR);
		this.clock.set(ZonedDateTime.of(lastDay, LocalTime.of(23, 50), MovableClock.COPENHAGEN));
		assertThat(bufPhoneDenial(family, buf)).isNull();
		// 00:10 in Copenhagen is still the last day in UTC: Copenhagen's date decides.
		this.clock.set(ZonedDateTime.of(lastDay.plusDays(1), LocalTime.of(0, 10), MovableClock.COPENHAGEN));
		assertThat(bufPhoneDenial(family, buf)).isEqualTo("EXPIRED");
	}

	@Test
	void closingTheCourseEndsSharingTeamMembershipsAndPlanEditing() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Afsluttet");
		family.consentSinceYesterday(sof, FamilyFixture.ALL_CATEGORIES);
		sof.documentName("access/recordMeasure")
			.variable("input",
					Map.of("familyId", family.familyId, "memberId", family.childId, "kind", "FAMILY_TREATMENT",
							"period", Map.of("from", LocalDate.now(MovableClock.COPENHAGEN).minusDays(30).toString())))
			.execute()
			.errors()
			.verify();
		HttpGraphQlTester bif = as(DemoIds.BIF_JOB_CASEWORKER);
		bif.documentName("access/familyMeasures")
			.variable("id", family.familyId)
			.execute()
			.path("family.measures[*].kind")
			.entityList(String.class)
			.containsExactly("FAMILY_TREATMENT");

		sof.documentName("access/closeCourse")
			.variable("input",
					Map.of("familyId", family.familyId, "expectedVersion", version(sof, family), "reason", "OTHER",
							"note", "Barnet er anbragt uden for hjemmet"))
			.execute()
			.errors()
			.verify();

		// The closing note is SOF's case data: its author reads it, BIF does not, and the
		// timeline never quotes it.
		String course = "query($id: ID!) { family(id: $id) { course { transitions { to reason } } "
				+ "timeline { summary } } }";
		sof.document(course)
			.variable("id", family.familyId)
			.execute()
			.path("family.course.transitions[?(@.to == 'CLOSED')].reason")
			.entityList(String.class)
			.containsExactly("Barnet er anbragt uden for hjemmet");
		GraphQlTester.Response bifCourse = bif.document(course).variable("id", family.familyId).execute();
		bifCourse.errors()
			.expect((error) -> "CONSENT_REQUIRED".equals(error.getExtensions().get("code"))
					&& "SOCIAL_CASE_CHILD".equals(error.getExtensions().get("category")))
			.verify();
		bifCourse.path("family.course.transitions[?(@.to == 'CLOSED')].reason")
			.entityList(Object.class)
			.satisfies((reasons) -> assertThat(reasons).containsOnlyNulls());
		bifCourse.path("family.timeline[*].summary")
			.entityList(String.class)
			.satisfies((summaries) -> assertThat(summaries).noneMatch((summary) -> summary.contains("anbragt")));

		// SOF's measure is now withheld from BIF whole, with a notice that the consent
		// ended.
		GraphQlTester.Response afterClosing = bif.documentName("access/familyMeasures")
			.variable("id", family.familyId)
			.execute();
		afterClosing.path("family.measures").entityList(Object.class).hasSize(0);
		afterClosing.path("family.withheld[?(@.category == 'SOCIAL_CASE_CHILD')].reason")
			.entityList(String.class)
			.containsExactly("EXPIRED");
		rejected(as(DemoIds.BUF_HEALTH_VISITOR).documentName("audit/familyMembers3").variable("id", family.familyId),
				"NOT_FOUND");
		sof.documentName("access/familyConsents")
			.variable("id", family.familyId)
			.execute()
			.path("family.consents[0].endReason")
			.entity(String.class)
			.isEqualTo("COURSE_CLOSED")
			.path("family.coreTeam[*].active")
			.entityList(Boolean.class)
			.satisfies((active) -> assertThat(active.stream().filter(Boolean::booleanValue).count()).isEqualTo(2));
		sof.documentName("access/savePlan")
			.variable("input",
					Map.of("familyId", family.familyId, "themes", List.of(), "goals", List.of(), "actions", List.of(),
							"voices", List.of()))
			.execute()
			.errors()
			.expect((error) -> "COURSE_CLOSED".equals(error.getExtensions().get("reason")))
			.verify();
	}

	@Test
	void readingTheAccessLogIsItselfOnRecord() {
		HttpGraphQlTester support = as(DemoIds.SUPPORT_COORDINATOR);
		support.documentName("access/familyAccessEntries")
			.variable("id", DemoIds.FAMILY_NO_CONSENT)
			.execute()
			.errors()
			.verify();
		support.documentName("access/familyAccessEntries")
			.variable("id", DemoIds.FAMILY_NO_CONSENT)
			.execute()
			.path("family.accessEntries.edges[*].node.objects[*].objectType")
			.entityList(String.class)
			.contains("AccessLog");
	}

	@Test
	void theAccessLogPagesAndFiltersByMemberAdministrationAndPeriod() {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Log");
		family.consentSinceYesterday(sof, FamilyFixture.ALL_CATEGORIES);
		as(DemoIds.BUF_HEALTH_VISITOR).documentName("audit/familyMembers3").variable("id", family.familyId).execute();
		as(DemoIds.BIF_JOB_CASEWORKER).documentName("audit/familyMembers3").variable("id", family.familyId).execute();
		GraphQlTester.Response first = sof.documentName("access/familyPage")
			.variable("id", family.familyId)
			.variable("administration", "BUF")
			.execute();
		first.path("family.accessEntries.edges[*].node.administration").entityList(String.class).containsExactly("BUF");
		first.path("family.accessEntries.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		GraphQlTester.Response all = sof.documentName("access/familyPage").variable("id", family.familyId).execute();
		all.path("family.accessEntries.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = all.path("family.accessEntries.pageInfo.endCursor").entity(String.class).get();
		sof.documentName("access/familyPage")
			.variable("id", family.familyId)
			.variable("after", cursor)
			.execute()
			.path("family.accessEntries.edges")
			.entityList(Object.class)
			.hasSize(1);
		sof.documentName("access/familyPage")
			.variable("id", family.familyId)
			.variable("from", LocalDate.now(MovableClock.COPENHAGEN).plusDays(2).toString())
			.execute()
			.path("family.accessEntries.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	private String bufPhoneDenial(FamilyFixture family) {
		return bufPhoneDenial(family, as(DemoIds.BUF_HEALTH_VISITOR));
	}

	/** The reason BUF is refused the mother's phone, or null when it is disclosed. */
	private static String bufPhoneDenial(FamilyFixture family, HttpGraphQlTester buf) {
		String[] reason = { null };
		buf.documentName("audit/familyMembers3")
			.variable("id", family.familyId)
			.execute()
			.errors()
			.satisfy((errors) -> errors.stream()
				.filter((error) -> "CONSENT_REQUIRED".equals(error.getExtensions().get("code")))
				.findFirst()
				.ifPresent((error) -> reason[0] = (String) error.getExtensions().get("reason")));
		return reason[0];
	}

	private static int version(HttpGraphQlTester sof, FamilyFixture family) {
		return sof.documentName("access/familyVersion")
			.variable("id", family.familyId)
			.execute()
			.path("family.version")
			.entity(Integer.class)
			.get();
	}

	/** A draft consent from the grantor for the child's school data. */
	private static Map<String, Object> draftFor(FamilyFixture family, String grantorId) {
		Map<String, Object> input = new java.util.HashMap<>(consent(family, "WRITTEN", null));
		input.put("grantorIds", List.of(grantorId));
		input.put("subjectIds", List.of(family.childId));
		input.put("provisions", List.of(Map.of("recipients", List.of("BUF"), "categories", List.of("SCHOOL"))));
		input.put("draft", true);
		return input;
	}

	private static Map<String, Object> consent(FamilyFixture family, String method, String reference) {
		Map<String, Object> base = new java.util.HashMap<>(Map.of("familyId", family.familyId, "grantorIds",
				List.of(family.motherId), "subjectIds", List.of(family.motherId, family.childId), "provisions",
				List.of(Map.of("recipients", List.of("SOF", "BIF", "BUF", "SUF", "KFF"), "categories",
						FamilyFixture.ALL_CATEGORIES)),
				"period", Map.of("from", LocalDate.now(MovableClock.COPENHAGEN).toString()), "signedOn",
				LocalDate.now(MovableClock.COPENHAGEN).toString(), "signatureMethod", method));
		if (reference != null) {
			base.put("documentReference", reference);
		}
		return base;
	}

}
