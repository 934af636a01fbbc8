package dk.kk.hfi.caller;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dk.kk.hfi.AccessSliceTestSupport;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.domain.caller.PartnerClientCaller;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRepository;
import dk.kk.hfi.domain.professional.ProfessionalRole;

import static org.mockito.BDDMockito.given;

/**
 * The {@code me} query's mapping: the caller the token names, a professional or a
 * partner's client.
 */
class CallerSliceTests extends AccessSliceTestSupport {

	@Autowired
	private ProfessionalRepository professionals;

	@Test
	void aProfessionalIsThemselves() {
		given(this.professionals.findById("p-sof")).willReturn(Optional.of(new Professional("p-sof", 1L, "Sofie Sag",
				Administration.SOF, ProfessionalRole.CHILD_AND_YOUTH_CASEWORKER, "Rådgiver", null, null, false)));
		var response = as(SOF).documentName("slice/me").execute();
		response.errors().verify();
		response.path("me.__typename").entity(String.class).isEqualTo("ProfessionalCaller");
		response.path("me.professional.id").entity(String.class).isEqualTo("p-sof");
		response.path("me.professional.name").entity(String.class).isEqualTo("Sofie Sag");
	}

	@Test
	void aPartnersClientIsItsGrant() {
		var client = new PartnerClientCaller("kff-fritid", "Fritidsbooking", Administration.KFF,
				Set.of(DataCategory.LEISURE));
		var response = as(client).documentName("slice/me").execute();
		response.errors().verify();
		response.path("me.clientId").entity(String.class).isEqualTo("kff-fritid");
		response.path("me.administration").entity(String.class).isEqualTo("KFF");
		response.path("me.categories").entityList(String.class).isEqualTo(List.of("LEISURE"));
	}

	@Test
	void aPartnersCategoriesAreListedInTheSchemasOrder() {
		var client = new PartnerClientCaller("bif-jobcenter", "Jobcenter", Administration.BIF,
				Set.of(DataCategory.LEISURE, DataCategory.EMPLOYMENT, DataCategory.BASIC_IDENTITY, DataCategory.FINANCE,
						DataCategory.CONTACT));
		as(client).documentName("slice/me")
			.execute()
			.path("me.categories")
			.entityList(String.class)
			.isEqualTo(List.of("BASIC_IDENTITY", "CONTACT", "EMPLOYMENT", "FINANCE", "LEISURE"));
	}

}
