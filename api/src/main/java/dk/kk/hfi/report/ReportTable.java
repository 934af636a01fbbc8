package dk.kk.hfi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import dk.kk.hfi.report.Figure.State;
import dk.kk.hfi.report.Figure.Unit;

/**
 * The figures of one report while they are computed, and the small-cell suppression applied before any of them
 * leaves. Primary: a figure with fewer than {@value #MIN_PERSONS} persons behind it (or, for a share, outside it)
 * is suppressed. Secondary: wherever figures add up (parts of a total, a scale's steps to its known base), a lone
 * suppressed part could be recovered by subtraction, so further parts are suppressed until at least two are,
 * together covering at least {@value #MIN_PERSONS} persons; figures that carry the same information (a count and
 * its average per person) share their state.
 */
final class ReportTable {

	static final int MIN_PERSONS = 5;

	private final List<Cell> cells = new ArrayList<>();

	private final List<Relation> relations = new ArrayList<>();

	private final List<Cell[]> links = new ArrayList<>();

	/** The share of {@code base} persons that {@code count} persons make up, in percent. */
	Cell share(String item, String label, String series, String step, int count, int base) {
		Double value = (base > 0) ? round(100.0 * count / base, 1) : null;
		return add(new Cell(item, label, series, step, Unit.PERCENT, value, count, base, count, count, base - count,
				base));
	}

	/** An average over {@code base} persons. */
	Cell average(String item, String label, String series, String step, Unit unit, double sum, int base) {
		return average(item, label, series, step, unit, sum, base, base);
	}

	/** An average over {@code base} persons, of whom only {@code contributing} have a non-zero value. */
	Cell average(String item, String label, String series, String step, Unit unit, double sum, int base,
			int contributing) {
		int decimals = switch (unit) {
			case DKK -> 0;
			case MONTHS -> 1;
			default -> 2;
		};
		Double value = (base > 0) ? round(sum / base, decimals) : null;
		return add(new Cell(item, label, series, step, unit, value, null, base, base, base, contributing));
	}

	/** A number of things (families, measures, courses) concerning {@code persons} persons or families. */
	Cell count(String item, String label, String series, String step, int count, int persons) {
		return add(new Cell(item, label, series, step, Unit.COUNT, (double) count, count, null, persons, persons));
	}

	/** {@code numerator} things per person of {@code denominator}, concerning {@code persons} persons. */
	Cell ratio(String item, String label, String series, String step, int numerator, int denominator,
			int persons) {
		Double value = (denominator > 0) ? round((double) numerator / denominator, 2) : null;
		return add(new Cell(item, label, series, step, Unit.PER_PERSON, value, numerator, denominator, persons,
				persons, denominator));
	}

	/** An amount of money concerning {@code persons} persons. */
	Cell amount(String item, String label, String series, String step, long dkk, int persons) {
		return add(new Cell(item, label, series, step, Unit.DKK, (double) dkk, persons, null, persons, persons));
	}

	/** A value whose own denominator is not persons (capacity use): guarded by the persons it counts. */
	Cell percentOf(String item, String label, String series, String step, int count, int of, int persons) {
		Double value = (of > 0) ? round(100.0 * count / of, 1) : null;
		return add(new Cell(item, label, series, step, Unit.PERCENT, value, count, of, persons, persons));
	}

	/** {@code total} (null: a total that is known anyway, such as a share's base) is the sum of {@code parts}. */
	void relation(Cell total, Cell... parts) {
		this.relations.add(new Relation(total, List.of(parts)));
	}

	/** Two figures carrying the same information: shown or suppressed together. */
	void link(Cell a, Cell b) {
		this.links.add(new Cell[] { a, b });
	}

	List<Report.Row> rows() {
		suppress();
		return this.cells.stream().map(Cell::row).toList();
	}

	private void suppress() {
		for (Cell cell : this.cells) {
			cell.suppressed = !cell.noData() && Arrays.stream(cell.guards).anyMatch(ReportTable::small);
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Cell[] link : this.links) {
				if (link[0].suppressed != link[1].suppressed && !link[0].noData() && !link[1].noData()) {
					link[0].suppressed = true;
					link[1].suppressed = true;
					changed = true;
				}
			}
			for (Relation relation : this.relations) {
				changed |= relation.protect();
			}
		}
	}

	private static boolean small(int persons) {
		return persons > 0 && persons < MIN_PERSONS;
	}

	private Cell add(Cell cell) {
		this.cells.add(cell);
		return cell;
	}

	private static double round(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
	}

	/** One figure being computed. */
	static final class Cell {

		private final String item;

		private final String label;

		private final String series;

		private final String step;

		private final Unit unit;

		private final Double value;

		private final Integer count;

		private final Integer base;

		/** How many persons the figure is about: its weight when choosing what else to suppress. */
		private final int persons;

		/** Every number of persons this figure discloses something about. */
		private final int[] guards;

		private boolean suppressed;

		Cell(String item, String label, String series, String step, Unit unit, Double value, Integer count,
				Integer base, int persons, int... guards) {
			this.item = item;
			this.label = label;
			this.series = series;
			this.step = step;
			this.unit = unit;
			this.value = value;
			this.count = count;
			this.base = base;
			this.persons = persons;
			this.guards = guards;
		}

		boolean noData() {
			return this.value == null;
		}

		Report.Row row() {
			Figure figure;
			if (noData()) {
				figure = Figure.noData(this.unit);
			}
			else if (this.suppressed) {
				figure = Figure.suppressed(this.unit);
			}
			else {
				figure = new Figure(State.SHOWN, this.unit, this.value, this.count, this.base);
			}
			return new Report.Row(this.item, this.label, this.series, this.step, figure);
		}

	}

	/** Figures that add up, so that knowing all but one of them gives the last away. */
	private record Relation(Cell total, List<Cell> parts) {

		/** Suppresses one more figure if the relation would give a suppressed one away; true if it did. */
		boolean protect() {
			if (this.total != null && this.total.suppressed) {
				return false;
			}
			List<Cell> hidden = this.parts.stream().filter((part) -> part.suppressed).toList();
			int persons = hidden.stream().mapToInt((part) -> part.persons).sum();
			if (hidden.isEmpty() || (hidden.size() >= 2 && persons >= MIN_PERSONS)) {
				return false;
			}
			Cell next = this.parts.stream()
				.filter((part) -> !part.suppressed && !part.noData())
				.min(Comparator.comparingInt((Cell part) -> part.persons))
				.orElse((this.total != null && !this.total.noData()) ? this.total : null);
			if (next == null) {
				return false;
			}
			next.suppressed = true;
			return true;
		}

	}

}
