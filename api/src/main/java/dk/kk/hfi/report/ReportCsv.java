package dk.kk.hfi.report;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A report as CSV (RFC 4180, comma-separated, a header line): one line per figure, then
 * the population and the missing data as lines of series {@code BASED_ON} and
 * {@code MISSING}. A suppressed figure has state SUPPRESSED and empty value, count and
 * base.
 */
final class ReportCsv {

	static final String HEADER = "report,item,label,series,step,state,unit,value,count,base";

	private ReportCsv() {
	}

	static String write(Report report) {
		StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
		String name = report.name().name();
		for (Report.Row row : report.rows()) {
			Figure figure = row.figure();
			line(csv, name, row.item(), row.label(), row.series(), row.step(), figure.state().name(),
					figure.unit().name(), number(figure.value()), number(figure.count()), number(figure.base()));
		}
		line(csv, name, "FAMILIES", "Familier", "BASED_ON", null, "SHOWN", "COUNT", number(report.families()), null,
				null);
		line(csv, name, "MEMBERS", "Familiemedlemmer", "BASED_ON", null, "SHOWN", "COUNT", number(report.members()),
				null, null);
		for (Report.MissingData missing : report.missing()) {
			line(csv, name, missing.data(), missing.description(), "MISSING", null, "SHOWN", "COUNT",
					number(missing.count()), null, null);
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, @Nullable String... fields) {
		for (int i = 0; i < fields.length; i++) {
			csv.append((i > 0) ? "," : "").append(quoted(fields[i]));
		}
		csv.append("\r\n");
	}

	private static String quoted(@Nullable String field) {
		if (field == null) {
			return "";
		}
		if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
			return "\"" + field.replace("\"", "\"\"") + "\"";
		}
		return field;
	}

	private static @Nullable String number(@Nullable Number value) {
		if (value == null) {
			return null;
		}
		return (value instanceof Double number) ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString()
				: value.toString();
	}

}
