package dk.kk.hfi.family;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;

import dk.kk.hfi.AccessSliceTestSupport;
import dk.kk.hfi.caller.ProfessionalCaller;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.family.FamilyInputs.UpdateFamilyInput;
import dk.kk.hfi.professional.ProfessionalRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/** The family's schema mapping with the access mechanism, without HTTP or MongoDB. */
class FamilySliceTests extends AccessSliceTestSupport {

	private static final ProfessionalCaller SOF = new ProfessionalCaller("p-sof", Administration.SOF, false);

	private static final ProfessionalCaller KFF = new ProfessionalCaller("p-kff", Administration.KFF, false);

	private static final Family FAMILY = family("f-1", team("p-sof", Administration.SOF,
			ProfessionalRole.CHILD_AND_YOUTH_CASEWORKER), team("p-kff", Administration.KFF, ProfessionalRole.BRIDGE_BUILDER));

	@Autowired
	private FamilyService families;

	@Test
	void theFamilyIsTheServicesForTheCallerAndItsIdentityNeedsConsent() {
		store(FAMILY);
		given(this.families.find(KFF, "f-1")).willReturn(FAMILY);
		var response = as(KFF).documentName("sliceFamily").variable("id", "f-1").execute();
		response.errors().satisfy((errors) -> {
			assertThat(errors).extracting(ResponseError::getPath)
				.containsExactly("family.members[0].cpr", "family.members[1].cpr");
			assertThat(errors).allSatisfy((error) -> assertThat(error.getExtensions())
				.containsEntry("code", "CONSENT_REQUIRED")
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
		given(this.families.find(KFF, "f-1")).willReturn(FAMILY);
		as(KFF).documentName("sliceFamily")
			.variable("id", "f-1")
			.execute()
			.errors()
			.verify()
			.path("family.members[0].cpr")
			.entity(String.class)
			.isEqualTo("010185-1234");
	}

	@Test
	void updateFamilyMapsItsInputAndIsRefusedToANonStatutoryTeamMember() {
		store(FAMILY);
		Map<String, Object> input = Map.of("id", "f-1", "expectedVersion", 3, "name", "Familien Ny");
		as(KFF).documentName("sliceUpdateFamily")
			.variable("input", input)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code"))
					&& error.getMessage().startsWith("updateFamily may be run only by"))
			.verify()
			.path("updateFamily")
			.pathDoesNotExist();
		then(this.families).should(never()).update(any(), any());

		Family renamed = new Family("f-1", 4L, "Familien Ny", FAMILY.district(), FAMILY.household(), FAMILY.members(),
				FAMILY.course(), FAMILY.coreTeam());
		given(this.families.update(eq(SOF), eq(new UpdateFamilyInput("f-1", 3L, "Familien Ny", null, null))))
			.willReturn(renamed);
		var updated = as(SOF).documentName("sliceUpdateFamily").variable("input", input).execute();
		updated.errors().verify();
		updated.path("updateFamily.family.version").entity(Integer.class).isEqualTo(4);
		updated.path("updateFamily.family.name").entity(String.class).isEqualTo("Familien Ny");
		assertThat(renamed.name()).isEqualTo("Familien Ny");
	}

}
