package dk.kk.hfi.change;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.MovableClock;
import dk.kk.hfi.demo.DemoIds;

/** A family made through the API by the support team, with SOF's and BIF's caseworkers and SUF on its team. */
final class TestFamily {

	private TestFamily() {
	}

	static String create(HttpGraphQlTester support) {
		GraphQlTester.Response created = support
			.documentName("change/createFamily")
			.variable("input", Map.of("name", "Familien Feed", "district", "BISPEBJERG", "members",
					List.of(Map.of("firstName", "Fie", "lastName", "Feed", "role", "MOTHER", "custodyHolder", true),
							Map.of("firstName", "Fin", "lastName", "Feed", "role", "CHILD", "birthDate",
									LocalDate.now(MovableClock.COPENHAGEN).minusYears(7).toString()))))
			.execute();
		String familyId = created.path("createFamily.family.id").entity(String.class).get();
		int version = created.path("createFamily.family.version").entity(Integer.class).get();
		for (String professional : List.of(DemoIds.SOF_CASEWORKER, DemoIds.BIF_JOB_CASEWORKER,
				DemoIds.SUF_PHYSIOTHERAPIST)) {
			version = support
				.documentName("access/addCoreTeamMember")
				.variable("input", Map.of("familyId", familyId, "expectedVersion", version, "professionalId",
						professional))
				.execute()
				.path("addCoreTeamMember.family.version")
				.entity(Integer.class)
				.get();
		}
		return familyId;
	}

	static String mother(HttpGraphQlTester support, String familyId) {
		return support.documentName("change/family")
			.variable("id", familyId)
			.execute()
			.path("family.members[0].id")
			.entity(String.class)
			.get();
	}

	/** A signed consent of the mother for the whole family, every category to every administration. */
	static String consent(HttpGraphQlTester support, String familyId) {
		List<String> members = support.documentName("change/family")
			.variable("id", familyId)
			.execute()
			.path("family.members[*].id")
			.entityList(String.class)
			.get();
		return support
			.documentName("access/recordConsent")
			.variable("input", Map.of("familyId", familyId, "grantorIds", List.of(members.get(0)), "subjectIds",
					members, "provisions",
					List.of(Map.of("recipients", List.of("SOF", "BIF", "BUF", "SUF", "KFF"), "categories",
							List.of("BASIC_IDENTITY", "SOCIAL_CASE_CHILD", "EMPLOYMENT", "HEALTH"))),
					"period", Map.of("from", LocalDate.now(MovableClock.COPENHAGEN).minusDays(1).toString()), "signedOn",
					LocalDate.now(MovableClock.COPENHAGEN).minusDays(1).toString(), "signatureMethod", "WRITTEN", "documentReference",
					"SBSYS-2026-7"))
			.execute()
			.path("recordConsent.consent.id")
			.entity(String.class)
			.get();
	}

}
