package dk.kk.hfi.register;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import dk.kk.hfi.change.ChangeFeed;
import dk.kk.hfi.change.ChangeKind;
import dk.kk.hfi.common.ByFamily;
import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.common.IdGenerator;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.family.FamilyService;
import dk.kk.hfi.register.RegisterInputs.RecordRegisterObservationInput;

/**
 * The rules of register observations: about a member of the family, carrying the value of
 * their kind and only that one. Who may record which kind is the operation's
 * {@code @allow} (the register's administration).
 */
@Service
class RegisterService {

	private final RegisterObservationRepository observations;

	private final FamilyService families;

	private final ChangeFeed changes;

	private final IdGenerator ids;

	RegisterService(RegisterObservationRepository observations, FamilyService families, ChangeFeed changes,
			IdGenerator ids) {
		this.observations = observations;
		this.families = families;
		this.changes = changes;
		this.ids = ids;
	}

	/** The families' observations, newest first, one look-up for all. */
	Map<Family, List<RegisterObservation>> observationsOf(List<Family> families) {
		return ByFamily.group(families, Family::id, this.observations::findByFamilyIdIn, RegisterObservation::familyId,
				Comparator.comparing(RegisterObservation::observedOn).reversed());
	}

	RegisterObservation record(Caller caller, RecordRegisterObservationInput input) {
		Family family = this.families.findWithMember(caller, input.familyId(), input.memberId(), "input.memberId");
		if (!input.hasValueOfKind()) {
			throw HfiException.badInput("An observation of " + input.kind() + " needs its value");
		}
		RegisterKind kind = input.kind();
		RegisterObservation observation = this.observations
			.insert(new RegisterObservation(this.ids.next("reg-"), family.id(), input.memberId(), kind,
					input.observedOn(), (kind == RegisterKind.INCOME_SUPPORT) ? input.incomeSupport() : null,
					(kind == RegisterKind.INTERNSHIP) ? input.inInternship() : null,
					(kind == RegisterKind.SCHOOL_ABSENCE) ? input.absenceDaysLast12Months() : null,
					(kind == RegisterKind.LEISURE_PARTICIPATION) ? input.leisureActive() : null,
					(input.source() != null) ? input.source().strip() : null));
		this.changes.changed(ChangeKind.REGISTER_OBSERVATION, observation, observation.category());
		return observation;
	}

}
