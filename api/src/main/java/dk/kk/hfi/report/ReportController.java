package dk.kk.hfi.report;

import java.util.Objects;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

import dk.kk.hfi.access.AuditTrail;
import dk.kk.hfi.domain.caller.Caller;
import dk.kk.hfi.domain.family.District;

/**
 * The evaluation reports as queries, one per {@link ReportName}
 * ({@code costsReport(period, district)}, …), all served by {@link #run}; each read is
 * put on the request's audit trail.
 */
@Controller
class ReportController implements RuntimeWiringConfigurer {

	/**
	 * Looked up on use: the service needs the schema (to authorize), and this controller
	 * helps build it.
	 */
	private final ObjectProvider<ReportService> reports;

	ReportController(ObjectProvider<ReportService> reports) {
		this.reports = reports;
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Query", (type) -> {
			for (ReportName name : ReportName.values()) {
				type.dataFetcher(name.queryField(), new ReportFetcher(name));
			}
			return type;
		});
	}

	private Report run(ReportName name, DataFetchingEnvironment env) {
		String period = env.getArgument("period");
		Object argument = env.getArgument("district");
		District district = (argument instanceof String text) ? District.valueOf(text) : (District) argument;
		// Reports are read signed in only: /graphql requires authentication.
		ReportYears years = env.getGraphQlContext().computeIfAbsent(ReportYears.class, (key) -> new ReportYears());
		Report report = this.reports.getObject().run(Objects.requireNonNull(caller()), name, period, district, years);
		AuditTrail.of(env.getGraphQlContext())
			.recordReport(name.name(), report.period().from(), report.period().to(),
					(district != null) ? district.name() : null);
		return report;
	}

	/**
	 * A report's query; it describes itself, so the schema inspection checks the report's
	 * fields too.
	 */
	private final class ReportFetcher implements SelfDescribingDataFetcher<Report> {

		private final ReportName name;

		ReportFetcher(ReportName name) {
			this.name = name;
		}

		@Override
		public Report get(DataFetchingEnvironment env) {
			return run(this.name, env);
		}

		@Override
		public String getDescription() {
			return "ReportController " + this.name.queryField();
		}

		@Override
		public ResolvableType getReturnType() {
			return ResolvableType.forClass(Report.class);
		}

	}

	/**
	 * The signed-in caller, as {@code @AuthenticationPrincipal} resolves it for the other
	 * controllers.
	 */
	private static @Nullable Caller caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof Caller caller) ? caller : null;
	}

}
