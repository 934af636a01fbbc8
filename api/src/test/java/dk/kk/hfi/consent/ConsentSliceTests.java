package dk.kk.hfi.consent;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dk.kk.hfi.AccessSliceTestSupport;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.domain.consent.ConsentVersion;

import static dk.kk.hfi.GraphQlErrors.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * Consents' schema mapping: the family's current consents are the access context's, their
 * terms visible to the team and their free text guarded by category; only the
 * coordinating caseworker or support team changes one.
 */
class ConsentSliceTests extends AccessSliceTestSupport {

	@Autowired
	private ConsentService service;

	@Test
	void theTeamSeesTheConsentsTermsButNotItsCaseText() {
		serve(KFF, FAMILY);
		// Who granted is the subjects' FAMILY_RELATIONS and IDENTITY data (it tells who
		// holds custody and who is under 15): the consent lets KFF read those too, so the
		// grantors are shown; without them they are withheld (LeakRouteTests).
		ConsentVersion consent = store(
				consent(FAMILY, DataCategory.BASIC_IDENTITY, DataCategory.FAMILY_RELATIONS, DataCategory.IDENTITY));
		given(this.service.currentOf(eq(List.of(FAMILY)), any())).willReturn(Map.of(FAMILY, List.of(consent)));
		var response = as(KFF).documentName("slice/consents").variable("id", "f-1").execute();
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getPath()).isEqualTo("family.consents[0].documentReference");
			assertThat(error.getExtensions()).containsEntry("code", "CONSENT_REQUIRED")
				.containsEntry("category", "SOCIAL_CASE_CHILD");
		}));
		response.path("family.consents[0].id").entity(String.class).isEqualTo("con-f-1");
		response.path("family.consents[0].status").entity(String.class).isEqualTo("ACTIVE");
		response.path("family.consents[0].purpose").entity(String.class).isEqualTo("HFI");
		response.path("family.consents[0].grantors[*].id").entityList(String.class).containsExactly("f-1-mother");
		response.path("family.consents[0].subjects[*].id")
			.entityList(String.class)
			.containsExactly("f-1-mother", "f-1-child");
		response.path("family.consents[0].documentReference").valueIsNull();
	}

	@Test
	void aBridgeBuilderMayNotChangeAConsent() {
		store(FAMILY);
		store(consent(FAMILY, DataCategory.values()));
		mutate(KFF, "slice/changeConsent",
				Map.of("consentId", "con-f-1", "expectedVersion", 1, "documentReference", "x"))
			.errors()
			.expect(onlyOthersMayRun("changeConsent"))
			.verify();
		then(this.service).shouldHaveNoInteractions();
		rejected(
				as(KFF).documentName("slice/changeConsent")
					.variable("input", Map.of("consentId", "con-none", "expectedVersion", 1, "documentReference", "x")),
				"NOT_FOUND");
		then(this.service).should(never()).change(any(), any());
	}

}
