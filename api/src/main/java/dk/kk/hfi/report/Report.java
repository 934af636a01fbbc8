package dk.kk.hfi.report;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Period;
import dk.kk.hfi.domain.family.District;

/**
 * An evaluation report: aggregates only, never a member, family or name. {@code families}
 * and {@code members} count the population the report is drawn from; {@code missing} says
 * which data it lacked for how many.
 */
public record Report(ReportName name, String title, Period period, @Nullable District district, int families,
		int members, List<MissingData> missing, List<Row> rows) {

	public Report {
		missing = List.copyOf(missing);
		rows = List.copyOf(rows);
	}

	/**
	 * One figure of the report's table: {@code item} is what is measured, {@code series}
	 * when or for which group (BASELINE, CLOSING, START, NOW, a year), {@code step} an
	 * optional breakdown (a scale step, an age group).
	 */
	public record Row(String item, String label, String series, @Nullable String step, Figure figure) {
	}

	/** Data the report needed and did not find, and for how many persons or families. */
	public record MissingData(String data, String description, int count) {
	}

}
