package dk.kk.hfi.demo;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.measure.Measure;
import dk.kk.hfi.meeting.Meeting;
import dk.kk.hfi.plan.Plan;

/**
 * One family described in a file: its members, course and core team, its consents, its
 * plan as it stands now (without the meetings its actions came from), its meetings
 * (without minutes) and its measures. The plan's history and the evaluation's records are
 * computed like every family's.
 */
record DemoFamily(Family family, List<ConsentVersion> consents, @Nullable Plan plan, List<Meeting> meetings,
		List<Measure> measures) {

	DemoFamily {
		consents = List.copyOf(consents);
		meetings = List.copyOf(meetings);
		measures = List.copyOf(measures);
	}

}
