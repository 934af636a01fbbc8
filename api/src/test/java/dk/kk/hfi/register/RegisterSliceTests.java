package dk.kk.hfi.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import org.springframework.beans.factory.annotation.Autowired;

import dk.kk.hfi.AccessSliceTestSupport;
import dk.kk.hfi.MovableClock;
import dk.kk.hfi.change.ChangeKind;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.PersonalData;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;

/**
 * Register observations' schema mapping: withheld by their kind's category, recorded by
 * the kind's owner.
 */
class RegisterSliceTests extends AccessSliceTestSupport {

	private static final LocalDate TODAY = LocalDate.now(MovableClock.COPENHAGEN);

	@Autowired
	private RegisterObservationRepository observations;

	@Autowired
	private dk.kk.hfi.change.ChangeFeed changes;

	@Test
	void anIncomeSupportObservationIsShownToTheJobCentreAndWithheldFromLeisure() {
		serve(BIF, FAMILY);
		serve(KFF, FAMILY);
		given(this.observations.findByFamilyIdIn(List.of("f-1")))
			.willReturn(List.of(new RegisterObservation("reg-1", "f-1", "f-1-mother", RegisterKind.INCOME_SUPPORT,
					TODAY.minusDays(3), IncomeSupportType.KONTANTHJAELP, null, null, null, "Jobcenter")));
		var owner = readFamily(BIF, "slice/registerObservations");
		owner.path("family.registerObservations[0].kind").entity(String.class).isEqualTo("INCOME_SUPPORT");
		owner.path("family.registerObservations[0].incomeSupport").entity(String.class).isEqualTo("KONTANTHJAELP");
		owner.path("family.registerObservations[0].member.id").entity(String.class).isEqualTo("f-1-mother");
		readFamily(KFF, "slice/registerObservations").path("family.registerObservations")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void onlyTheKindsOwnerRecordsAnObservation() {
		serve(BIF, FAMILY);
		given(this.familyService.findWithMember(BIF, "f-1", "f-1-mother", "input.memberId")).willReturn(FAMILY);
		Map<String, Object> input = Map.of("familyId", "f-1", "memberId", "f-1-mother", "kind", "INCOME_SUPPORT",
				"observedOn", TODAY.toString(), "incomeSupport", "KONTANTHJAELP", "source", " Jobcenter ");
		mutate(KFF, "slice/recordRegisterObservation", input).errors()
			.expect(AccessSliceTestSupport::forbidden)
			.verify();
		then(this.observations).should(never()).insert(any(RegisterObservation.class));
		given(this.observations.insert(any(RegisterObservation.class))).willAnswer((call) -> call.getArgument(0));
		mutate(BIF, "slice/recordRegisterObservation", input).errors()
			.verify()
			.path("recordRegisterObservation.observation.kind")
			.entity(String.class)
			.isEqualTo("INCOME_SUPPORT");
		// On the feed after it is stored, as the record it is: its family, owner and
		// member decide who learns of it.
		InOrder stored = inOrder(this.observations, this.changes);
		stored.verify(this.observations).insert(any(RegisterObservation.class));
		stored.verify(this.changes)
			.changed(eq(ChangeKind.REGISTER_OBSERVATION),
					argThat((PersonalData record) -> record instanceof RegisterObservation observation
							&& "f-1".equals(observation.familyId())
							&& observation.owners().equals(Set.of(Administration.BIF))
							&& observation.subjectIds().equals(List.of("f-1-mother"))),
					eq(DataCategory.EMPLOYMENT));
	}

}
