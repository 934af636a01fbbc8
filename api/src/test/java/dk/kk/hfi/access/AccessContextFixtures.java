package dk.kk.hfi.access;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import dk.kk.hfi.MovableClock;
import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.PersonalData;
import dk.kk.hfi.domain.caller.ProfessionalCaller;

/** Access contexts for unit tests of what consumes them. */
public final class AccessContextFixtures {

	private AccessContextFixtures() {
	}

	/** A context whose audit trail holds one disclosure. */
	public static AccessContext withOneDisclosure() {
		AccessContext context = new AccessContext(new ProfessionalCaller("p", Administration.SOF, false), null, null,
				"Probe", java.time.LocalDate.now(MovableClock.COPENHAGEN));
		PersonalData record = new PersonalData() {
			@Override
			public String id() {
				return "f";
			}

			@Override
			public String familyId() {
				return "f";
			}

			@Override
			public Set<Administration> owners() {
				return Set.of(Administration.SOF);
			}

			@Override
			public Collection<String> subjectIds() {
				return List.of("m");
			}
		};
		context.audit().record("Family", record, DataCategory.BASIC_IDENTITY, AccessDecision.permit(Basis.OWN_DATA));
		return context;
	}

}
