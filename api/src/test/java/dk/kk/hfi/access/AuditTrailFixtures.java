package dk.kk.hfi.access;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import dk.kk.hfi.common.Administration;
import dk.kk.hfi.common.DataCategory;
import dk.kk.hfi.common.PersonalData;
import dk.kk.hfi.domain.caller.ProfessionalCaller;

/** Audit trails for unit tests of what consumes them. */
public final class AuditTrailFixtures {

	private AuditTrailFixtures() {
	}

	/** A request's audit trail that holds one disclosure. */
	public static AuditTrail withOneDisclosure() {
		AuditTrail trail = new AuditTrail(new ProfessionalCaller("p", Administration.SOF, false), "Probe");
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
		trail.record("Family", record, DataCategory.BASIC_IDENTITY, AccessDecision.permit(Basis.OWN_DATA));
		return trail;
	}

}
