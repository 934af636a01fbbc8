package dk.kk.hfi.demo;

import java.util.List;

import dk.kk.hfi.assessment.Assessment;
import dk.kk.hfi.assessment.ExperienceSurvey;
import dk.kk.hfi.domain.consent.ConsentVersion;
import dk.kk.hfi.domain.family.Family;
import dk.kk.hfi.domain.professional.Professional;
import dk.kk.hfi.measure.Measure;
import dk.kk.hfi.meeting.Meeting;
import dk.kk.hfi.plan.Plan;
import dk.kk.hfi.plan.PlanVersion;
import dk.kk.hfi.register.RegisterObservation;

/**
 * The fictional demo data set as the generator draws it, one list per collection: what
 * {@link DemoHistory} turns into the API's changes. The ids, versions and plan versions
 * in the store are the ones the API gives them.
 */
public record DemoDataSet(List<Professional> professionals, List<Family> families, List<ConsentVersion> consents,
		List<Plan> plans, List<PlanVersion> planVersions, List<Measure> measures, List<Meeting> meetings,
		List<Assessment> assessments, List<RegisterObservation> registerObservations,
		List<ExperienceSurvey> experienceSurveys) {

	public DemoDataSet {
		professionals = List.copyOf(professionals);
		families = List.copyOf(families);
		consents = List.copyOf(consents);
		plans = List.copyOf(plans);
		planVersions = List.copyOf(planVersions);
		measures = List.copyOf(measures);
		meetings = List.copyOf(meetings);
		assessments = List.copyOf(assessments);
		registerObservations = List.copyOf(registerObservations);
		experienceSurveys = List.copyOf(experienceSurveys);
	}

}
