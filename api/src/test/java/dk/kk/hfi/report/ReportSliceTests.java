package dk.kk.hfi.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dk.kk.hfi.AccessSliceTestSupport;
import dk.kk.hfi.common.Period;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * Reports' schema mapping: the programme's leaders and support team run them, a
 * caseworker is refused.
 */
class ReportSliceTests extends AccessSliceTestSupport {

	@Autowired
	private ReportService reports;

	@Test
	void aReportIsTheServicesForTheCallerAndPeriod() {
		given(this.reports.run(eq(LEADER), eq(ReportName.PARENTS_BURDENS), eq("2025"), isNull(),
				any(ReportYears.class)))
			.willReturn(new Report(ReportName.PARENTS_BURDENS, "Forældres belastninger",
					new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), null, 12, 40, List.of(),
					List.of()));
		var response = as(LEADER).documentName("slice/report").variable("period", "2025").execute();
		response.errors().verify();
		response.path("parentsBurdensReport.name").entity(String.class).isEqualTo("PARENTS_BURDENS");
		response.path("parentsBurdensReport.families").entity(Integer.class).isEqualTo(12);
		response.path("parentsBurdensReport.members").entity(Integer.class).isEqualTo(40);
	}

	@Test
	void aCaseworkerIsRefused() {
		as(SOF).documentName("slice/report")
			.variable("period", "2025")
			.execute()
			.errors()
			.expect((error) -> forbidden(error)
					&& List.of("LEADER", "SUPPORT_TEAM").equals(error.getExtensions().get("allowed")))
			.verify();
		then(this.reports).should(never()).run(any(), eq(ReportName.PARENTS_BURDENS), any(), any(), any());
	}

}
