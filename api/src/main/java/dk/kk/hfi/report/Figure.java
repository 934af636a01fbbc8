package dk.kk.hfi.report;

import org.jspecify.annotations.Nullable;

/**
 * One figure of a report. {@code value}, {@code count} and {@code base} are only set when
 * the figure is {@link State#SHOWN}: a suppressed figure says nothing about how many
 * persons are behind it.
 */
public record Figure(State state, Unit unit, @Nullable Double value, @Nullable Integer count, @Nullable Integer base) {

	static Figure suppressed(Unit unit) {
		return new Figure(State.SUPPRESSED, unit, null, null, null);
	}

	static Figure noData(Unit unit) {
		return new Figure(State.NO_DATA, unit, null, null, null);
	}

	/**
	 * Whether a figure is shown, withheld because too few persons are behind it, or has
	 * nothing to show.
	 */
	public enum State {

		SHOWN, SUPPRESSED, NO_DATA

	}

	/** What the value measures. */
	public enum Unit {

		PERCENT, COUNT, PER_PERSON, DAYS, DKK, MONTHS

	}

}
