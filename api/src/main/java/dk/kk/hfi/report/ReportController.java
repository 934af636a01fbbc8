package dk.kk.hfi.report;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.access.AuditTrail;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.District;

/** The evaluation reports as queries; each read is put on the request's audit trail. */
@Controller
class ReportController {

	private final ReportService reports;

	ReportController(ReportService reports) {
		this.reports = reports;
	}

	@QueryMapping
	Report parentsBurdensReport(@Argument String period, @Argument District district,
			@AuthenticationPrincipal Caller caller, DataFetchingEnvironment env) {
		return run(ReportName.PARENTS_BURDENS, period, district, caller, env);
	}

	@QueryMapping
	Report childrensBurdensReport(@Argument String period, @Argument District district,
			@AuthenticationPrincipal Caller caller, DataFetchingEnvironment env) {
		return run(ReportName.CHILDRENS_BURDENS, period, district, caller, env);
	}

	@QueryMapping
	Report stressReactionsReport(@Argument String period, @Argument District district,
			@AuthenticationPrincipal Caller caller, DataFetchingEnvironment env) {
		return run(ReportName.STRESS_REACTIONS, period, district, caller, env);
	}

	@QueryMapping
	Report incomeSupportReport(@Argument String period, @Argument District district,
			@AuthenticationPrincipal Caller caller, DataFetchingEnvironment env) {
		return run(ReportName.INCOME_SUPPORT, period, district, caller, env);
	}

	@QueryMapping
	Report leisureReport(@Argument String period, @Argument District district,
			@AuthenticationPrincipal Caller caller, DataFetchingEnvironment env) {
		return run(ReportName.LEISURE, period, district, caller, env);
	}

	@QueryMapping
	Report socialMeasuresReport(@Argument String period, @Argument District district,
			@AuthenticationPrincipal Caller caller, DataFetchingEnvironment env) {
		return run(ReportName.SOCIAL_MEASURES, period, district, caller, env);
	}

	@QueryMapping
	Report costsReport(@Argument String period, @Argument District district,
			@AuthenticationPrincipal Caller caller, DataFetchingEnvironment env) {
		return run(ReportName.COSTS, period, district, caller, env);
	}

	@QueryMapping
	Report schoolAbsenceReport(@Argument String period, @Argument District district,
			@AuthenticationPrincipal Caller caller, DataFetchingEnvironment env) {
		return run(ReportName.SCHOOL_ABSENCE, period, district, caller, env);
	}

	@QueryMapping
	Report experienceSurveyReport(@Argument String period, @Argument District district,
			@AuthenticationPrincipal Caller caller, DataFetchingEnvironment env) {
		return run(ReportName.EXPERIENCE_SURVEY, period, district, caller, env);
	}

	@QueryMapping
	Report programmeStatusReport(@Argument String period, @Argument District district,
			@AuthenticationPrincipal Caller caller, DataFetchingEnvironment env) {
		return run(ReportName.PROGRAMME_STATUS, period, district, caller, env);
	}

	private Report run(ReportName name, String period, District district, Caller caller,
			DataFetchingEnvironment env) {
		Report report = this.reports.run(caller, name, period, district);
		AuditTrail.of(env.getGraphQlContext())
			.recordReport(name.name(), report.period().from(), report.period().to(), (district != null) ? district.name() : null);
		return report;
	}

}
