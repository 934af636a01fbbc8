package dk.kk.hfi.report;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.HfiException;
import dk.kk.hfi.common.Period;

/**
 * A fixed reporting period: a calendar year ({@code 2025}), a half-year ({@code 2025-H1})
 * or a quarter ({@code 2025-Q3}), as quarters {@code first}–{@code last} of {@code year}.
 * Only periods that have ended are offered.
 */
record ReportPeriod(int year, int first, int last) {

	static final String FORMS = "a year, half-year or quarter that has ended, written 2025, 2025-H1 (or H2) or "
			+ "2025-Q3 (Q1 to Q4)";

	private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]))?");

	/**
	 * The periods of a year: its quarters, its halves and the year, in the order the cube
	 * is computed.
	 */
	static List<ReportPeriod> of(int year) {
		return List.of(new ReportPeriod(year, 1, 1), new ReportPeriod(year, 2, 2), new ReportPeriod(year, 3, 3),
				new ReportPeriod(year, 4, 4), new ReportPeriod(year, 1, 2), new ReportPeriod(year, 3, 4),
				new ReportPeriod(year, 1, 4));
	}

	/**
	 * The period the text names, if it has ended by {@code today}; BAD_USER_INPUT
	 * otherwise.
	 */
	static ReportPeriod parse(@Nullable String text, LocalDate today) {
		Matcher matcher = (text != null) ? FORM.matcher(text.strip()) : null;
		if (matcher == null || !matcher.matches()) {
			throw HfiException.badInput("The period must be " + FORMS);
		}
		int year = Integer.parseInt(matcher.group(1));
		String part = matcher.group(2);
		int n = (part == null) ? 0 : part.charAt(1) - '0';
		ReportPeriod period = (part == null) ? new ReportPeriod(year, 1, 4)
				: (part.charAt(0) == 'H') ? new ReportPeriod(year, 2 * n - 1, 2 * n) : new ReportPeriod(year, n, n);
		if (!period.to().isBefore(today)) {
			throw HfiException.badInput("The period must be " + FORMS + ": this one has not ended yet");
		}
		return period;
	}

	LocalDate from() {
		return LocalDate.of(this.year, 3 * this.first - 2, 1);
	}

	LocalDate to() {
		return LocalDate.of(this.year, 3 * this.last, 1).plusMonths(1).minusDays(1);
	}

	Period dates() {
		return new Period(from(), to());
	}

	boolean contains(LocalDate day) {
		return !day.isBefore(from()) && !day.isAfter(to());
	}

	boolean contains(ReportPeriod other) {
		return this.year == other.year && this.first <= other.first && other.last <= this.last;
	}

	@Override
	public String toString() {
		if (this.first == 1 && this.last == 4) {
			return Integer.toString(this.year);
		}
		return this.year + ((this.first == this.last) ? "-Q" + this.first : "-H" + ((this.first == 1) ? 1 : 2));
	}

}
