package dk.kk.hfi.professional;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dk.kk.hfi.AccessSliceTestSupport;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.domain.professional.ProfessionalRole;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * Professionals' schema mapping: anyone reads them, only the support team creates them.
 */
class ProfessionalSliceTests extends AccessSliceTestSupport {

	private static final Professional HEALTH_VISITOR = new Professional("p-buf", 1L, "Hanne Sundhed",
			Administration.BUF, ProfessionalRole.HEALTH_VISITOR, "Sundhedsplejerske", null, null, false);

	@Autowired
	private ProfessionalService professionals;

	@Test
	void aProfessionalIsTheServices() {
		given(this.professionals.find("p-buf")).willReturn(HEALTH_VISITOR);
		var response = as(KFF).documentName("slice/professional").variable("id", "p-buf").execute();
		response.errors().verify();
		response.path("professional.name").entity(String.class).isEqualTo("Hanne Sundhed");
		response.path("professional.administration").entity(String.class).isEqualTo("BUF");
		response.path("professional.role").entity(String.class).isEqualTo("HEALTH_VISITOR");
	}

	@Test
	void onlyTheSupportTeamCreatesAProfessional() {
		Map<String, Object> input = Map.of("name", "Hanne Sundhed", "administration", "BUF", "role", "HEALTH_VISITOR",
				"title", "Sundhedsplejerske");
		mutate(SOF, "slice/createProfessional", input).errors().expect(AccessSliceTestSupport::forbidden).verify();
		then(this.professionals).should(never()).create(any(), any());
		given(this.professionals.create(eq(SUPPORT), any())).willReturn(HEALTH_VISITOR);
		mutate(SUPPORT, "slice/createProfessional", input).errors()
			.verify()
			.path("createProfessional.professional.id")
			.entity(String.class)
			.isEqualTo("p-buf");
	}

}
