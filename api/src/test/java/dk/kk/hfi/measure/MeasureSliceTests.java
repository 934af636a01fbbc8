package dk.kk.hfi.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dk.kk.hfi.AccessSliceTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.Period;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * Measures' schema mapping with the access mechanism: a measure is withheld whole, its
 * recording owned.
 */
class MeasureSliceTests extends AccessSliceTestSupport {

	private static final Measure TREATMENT = new Measure("me-1", 1L, "f-1", "f-1-mother", MeasureKind.ALCOHOL_TREATMENT,
			Administration.SUF, "Sundhedsloven § 141",
			new Period(LocalDate.now(MovableClock.COPENHAGEN).minusDays(20), null), MeasureStatus.PLANNED, 12000, null);

	@Autowired
	private MeasureService service;

	@Test
	void aMeasureIsWithheldWholeFromATeamMemberWithoutConsentAndShownToItsOwner() {
		serve(KFF, FAMILY);
		serve(SUF, FAMILY);
		given(this.service.measuresOf(List.of(FAMILY))).willReturn(Map.of(FAMILY, List.of(TREATMENT)));
		readFamily(KFF, "slice/measures").path("family.measures").entityList(Object.class).hasSize(0);
		var owner = readFamily(SUF, "slice/measures");
		owner.path("family.measures[0].id").entity(String.class).isEqualTo("me-1");
		owner.path("family.measures[0].kind").entity(String.class).isEqualTo("ALCOHOL_TREATMENT");
		owner.path("family.measures[0].yearlyCostDkk").entity(Integer.class).isEqualTo(12000);
		owner.path("family.measures[0].member.firstName").entity(String.class).isEqualTo("Mona");
	}

	@Test
	void aConsentToHealthShowsTheMeasureToTheTeam() {
		serve(KFF, FAMILY);
		store(consent(FAMILY, DataCategory.values()));
		given(this.service.measuresOf(List.of(FAMILY))).willReturn(Map.of(FAMILY, List.of(TREATMENT)));
		readFamily(KFF, "slice/measures").path("family.measures[*].id")
			.entityList(String.class)
			.containsExactly("me-1");
	}

	@Test
	void onlyTheKindsOwnerRecordsAMeasure() {
		store(FAMILY);
		Map<String, Object> input = Map.of("familyId", "f-1", "memberId", "f-1-mother", "kind", "ALCOHOL_TREATMENT",
				"period", Map.of("from", LocalDate.now(MovableClock.COPENHAGEN).toString()));
		mutate(KFF, "slice/recordMeasure", input).errors().expect(AccessSliceTestSupport::forbidden).verify();
		then(this.service).should(never()).record(any(), any());
		given(this.service.record(eq(SUF), any())).willReturn(TREATMENT);
		mutate(SUF, "slice/recordMeasure", input).errors()
			.verify()
			.path("recordMeasure.measure.ownerAdministration")
			.entity(String.class)
			.isEqualTo("SUF");
	}

}
