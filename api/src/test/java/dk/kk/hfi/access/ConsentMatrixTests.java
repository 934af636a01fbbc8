package dk.kk.hfi.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import dk.kk.hfi.GraphQlTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.demo.DemoIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated matrix: every administration × every category × every consent state ×
 * both members (own data and others') → visible or denied with the right reason, as the
 * API explains it (myAccess) and as the guarded member fields behave.
 */
class ConsentMatrixTests extends GraphQlTestSupport {

	/** The owners of each category, as the domain defines them (the statutory basis). */
	private static final Map<DataCategory, Set<Administration>> OWNERS = Map.ofEntries(
			Map.entry(DataCategory.BASIC_IDENTITY, Set.of(Administration.SOF, Administration.BIF)),
			Map.entry(DataCategory.IDENTITY, Set.of(Administration.SOF, Administration.BIF)),
			Map.entry(DataCategory.CONTACT, Set.of(Administration.SOF, Administration.BIF)),
			Map.entry(DataCategory.FAMILY_RELATIONS, Set.of(Administration.SOF, Administration.BIF)),
			Map.entry(DataCategory.SOCIAL_CASE_CHILD, Set.of(Administration.SOF)),
			Map.entry(DataCategory.SOCIAL_CASE_ADULT, Set.of(Administration.SOF)),
			Map.entry(DataCategory.EMPLOYMENT, Set.of(Administration.BIF)),
			Map.entry(DataCategory.FINANCE, Set.of(Administration.BIF)),
			Map.entry(DataCategory.SCHOOL, Set.of(Administration.BUF)),
			Map.entry(DataCategory.HEALTH, Set.of(Administration.SUF)),
			Map.entry(DataCategory.LEISURE, Set.of(Administration.KFF)),
			Map.entry(DataCategory.PLAN, Set.of(Administration.SOF)),
			Map.entry(DataCategory.ASSESSMENT, Set.of(Administration.SOF)),
			Map.entry(DataCategory.MEETING, Set.of(Administration.SOF)));

	/**
	 * What the partial consent leaves out: FINANCE is not in its provision, HEALTH and
	 * SCHOOL are denied.
	 */
	private static final Set<DataCategory> PARTIAL_EXCLUDES = EnumSet.of(DataCategory.FINANCE, DataCategory.HEALTH,
			DataCategory.SCHOOL);

	enum ConsentState {

		NONE, ACTIVE, PARTIAL, WITHDRAWN, EXPIRED, NOT_YET_VALID

	}

	@ParameterizedTest
	@EnumSource(ConsentState.class)
	void everyAdministrationSeesExactlyWhatTheConsentPermits(ConsentState state) {
		HttpGraphQlTester sof = as(DemoIds.SOF_CASEWORKER);
		FamilyFixture family = FamilyFixture.create(sof, "Familien Matrix " + state);
		giveConsent(sof, family, state);

		List<String> mismatches = new ArrayList<>();
		for (Administration administration : Administration.values()) {
			GraphQlTester.Response response = as(FamilyFixture.TEAM.get(administration.name()))
				.documentName("access/familyMyAccess")
				.variable("id", family.familyId)
				.execute();
			checkExplanation(response, administration, state, mismatches);
			checkMemberFields(response, administration, state, mismatches);
		}
		assertThat(mismatches).isEmpty();
	}

	private void checkExplanation(GraphQlTester.Response response, Administration administration, ConsentState state,
			List<String> mismatches) {
		response.errors().filter((error) -> true).verify();
		for (int member = 0; member < 2; member++) {
			for (DataCategory category : DataCategory.values()) {
				String path = "family.myAccess[" + member + "].categories[" + category.ordinal() + "]";
				Map<?, ?> access = response.path(path).entity(Map.class).get();
				boolean visible = Boolean.TRUE.equals(access.get("visible"));
				Object reason = access.get("reason");
				String expectedReason = expectedReason(administration, category, state);
				if (visible != (expectedReason == null) || (expectedReason != null && !expectedReason.equals(reason))) {
					mismatches.add(administration + " " + category + " " + state + " member " + member + ": visible="
							+ visible + " reason=" + reason + ", expected reason " + expectedReason);
				}
			}
		}
	}

	/**
	 * The guarded fields agree with the explanation: value or null with CONSENT_REQUIRED
	 * and the reason.
	 */
	private void checkMemberFields(GraphQlTester.Response response, Administration administration, ConsentState state,
			List<String> mismatches) {
		Map<String, DataCategory> fields = Map.of("cpr", DataCategory.IDENTITY, "phone", DataCategory.CONTACT,
				"relations", DataCategory.FAMILY_RELATIONS);
		response.errors().satisfy((errors) -> fields.forEach((field, category) -> {
			String expectedReason = expectedReason(administration, category, state);
			long denials = errors.stream()
				.filter((error) -> error.getParsedPath().size() == 4 && field.equals(error.getParsedPath().get(3))
						&& "CONSENT_REQUIRED".equals(error.getExtensions().get("code"))
						&& category.name().equals(error.getExtensions().get("category"))
						&& String.valueOf(expectedReason).equals(error.getExtensions().get("reason")))
				.count();
			long expectedDenials = (expectedReason != null) ? 2 : 0;
			if (denials != expectedDenials) {
				mismatches.add(administration + " field " + field + " " + state + ": " + denials + " denials, expected "
						+ expectedDenials);
			}
		}));
		if (expectedReason(administration, DataCategory.IDENTITY, state) == null) {
			String cpr = response.path("family.members[0].cpr").entity(String.class).get();
			if (!"010185-1234".equals(cpr)) {
				mismatches.add(administration + " " + state + ": cpr not disclosed");
			}
		}
		else {
			response.path("family.members[0].cpr").valueIsNull();
		}
	}

	private static String expectedReason(Administration administration, DataCategory category, ConsentState state) {
		if (category == DataCategory.BASIC_IDENTITY || OWNERS.get(category).contains(administration)) {
			return null;
		}
		return switch (state) {
			case NONE -> "NO_CONSENT";
			case ACTIVE -> null;
			case PARTIAL -> PARTIAL_EXCLUDES.contains(category) ? "NOT_COVERED" : null;
			case WITHDRAWN -> "WITHDRAWN";
			case EXPIRED -> "EXPIRED";
			case NOT_YET_VALID -> "NOT_COVERED";
		};
	}

	private void giveConsent(HttpGraphQlTester sof, FamilyFixture family, ConsentState state) {
		List<String> all = Arrays.stream(DataCategory.values()).map(Enum::name).toList();
		LocalDate today = LocalDate.now(MovableClock.COPENHAGEN);
		switch (state) {
			case NONE -> {
			}
			case ACTIVE -> family.recordConsent(sof, all, null, today.minusDays(1), today.plusYears(1));
			case PARTIAL -> family.recordConsent(sof, all.stream().filter((name) -> !name.equals("FINANCE")).toList(),
					List.of(Map.of("categories", List.of("HEALTH", "SCHOOL"))), today.minusDays(1), null);
			case WITHDRAWN -> {
				String consentId = family.recordConsent(sof, all, null, today.minusDays(1), null);
				sof.documentName("access/giveConsent")
					.variable("id", consentId)
					.execute()
					.path("withdrawConsent.consent.status")
					.entity(String.class)
					.isEqualTo("WITHDRAWN");
			}
			case EXPIRED -> family.recordConsent(sof, all, null, today.minusYears(1), today.minusDays(1));
			case NOT_YET_VALID -> family.recordConsent(sof, all, null, today.plusDays(1), today.plusYears(1));
		}
	}

}
