package dk.kk.hfi.family;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.ResponseError;

import dk.kk.hfi.AccessSliceTestSupport;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.domain.caller.PartnerClientCaller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.family.FamilyInputs.UpdateFamilyInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/** The family's schema mapping with the access mechanism, without HTTP or MongoDB. */
class FamilySliceTests extends AccessSliceTestSupport {

	@Test
	void theFamilyIsTheServicesForTheCallerAndItsIdentityNeedsConsent() {
		serve(KFF, FAMILY);
		var response = as(KFF).documentName("slice/family").variable("id", "f-1").execute();
		response.errors().satisfy((errors) -> {
			assertThat(errors).extracting(ResponseError::getPath)
				.containsExactly("family.members[0].cpr", "family.members[1].cpr");
			assertThat(errors)
				.allSatisfy((error) -> assertThat(error.getExtensions()).containsEntry("code", "CONSENT_REQUIRED")
					.containsEntry("category", "IDENTITY")
					.containsEntry("reason", "NO_CONSENT"));
		});
		response.path("family.id").entity(String.class).isEqualTo("f-1");
		response.path("family.name").entity(String.class).isEqualTo("Familien Slice");
		response.path("family.members[*].firstName").entityList(String.class).containsExactly("Mona", "Milo");
		response.path("family.members[0].cpr").valueIsNull();
	}

	@Test
	void aConsentToIdentityDisclosesTheCpr() {
		store(FAMILY);
		store(consent(FAMILY, DataCategory.BASIC_IDENTITY, DataCategory.IDENTITY));
		given(this.familyService.find(KFF, "f-1")).willReturn(FAMILY);
		readFamily(KFF, "slice/family").path("family.members[0].cpr").entity(String.class).isEqualTo("010185-1234");
	}

	@Test
	void updateFamilyMapsItsInputAndIsRefusedToANonStatutoryTeamMember() {
		store(FAMILY);
		Map<String, Object> input = Map.of("id", "f-1", "expectedVersion", 3, "name", "Familien Ny");
		mutate(KFF, "slice/updateFamily", input).errors()
			.expect(onlyOthersMayRun("updateFamily"))
			.verify()
			.path("updateFamily")
			.pathDoesNotExist();
		then(this.familyService).should(never()).update(any(), any());

		Family renamed = new Family("f-1", 4L, "Familien Ny", FAMILY.district(), FAMILY.household(), FAMILY.members(),
				FAMILY.course(), FAMILY.coreTeam());
		given(this.familyService.update(eq(SOF), eq(new UpdateFamilyInput("f-1", 3L, "Familien Ny", null, null))))
			.willReturn(renamed);
		var updated = as(SOF).documentName("slice/updateFamily").variable("input", input).execute();
		updated.errors().verify();
		updated.path("updateFamily.family.version").entity(Integer.class).isEqualTo(4);
		updated.path("updateFamily.family.name").entity(String.class).isEqualTo("Familien Ny");
	}

	@Test
	void filteringByNameReadsNamesSoOnlyCallersWhoMayReadThemEverywhereMayFilterByIt() {
		PartnerClientCaller healthOnly = new PartnerClientCaller("c-health", "Sundhedsplatform", Administration.SUF,
				Set.of(DataCategory.HEALTH));
		given(this.familyService.page(any(), any(), any())).willReturn(Window.from(List.of(), ScrollPosition::offset));
		as(healthOnly).documentName("slice/familiesByName")
			.variable("filter", Map.of("text", "Hansen"))
			.execute()
			.errors()
			.expect((error) -> forbidden(error) && "BASIC_IDENTITY".equals(error.getExtensions().get("category")))
			.verify()
			.path("families")
			.pathDoesNotExist();
		then(this.familyService).should(never()).page(any(), any(), any());

		as(healthOnly).documentName("slice/familiesByName").variable("filter", Map.of()).execute().errors().verify();
		as(SOF).documentName("slice/familiesByName")
			.variable("filter", Map.of("text", "Hansen"))
			.execute()
			.errors()
			.verify();
		then(this.familyService).should().page(eq(SOF), eq(new FamilyFilter(null, null, "Hansen")), any());
	}

}
