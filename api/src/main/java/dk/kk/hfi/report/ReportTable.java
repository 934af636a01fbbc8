package dk.kk.hfi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.report.Figure.State;
import dk.kk.hfi.report.Figure.Unit;

/**
 * The figures of one report while they are computed, and the small-cell suppression
 * applied before any of them leaves. Primary: a figure with fewer than
 * {@value #MIN_PERSONS} persons behind it (or, for a share, outside it) is suppressed.
 * Secondary: wherever figures add up (parts of a total, a scale's steps to its known
 * base), a lone suppressed part could be recovered by subtraction, so further parts are
 * suppressed until at least two are, together covering at least {@value #MIN_PERSONS}
 * persons; figures that carry the same information (a count and its average per person)
 * share their state. A table may hold several slices of one report (periods, districts)
 * whose figures add up slice to slice ({@link #additive}); then a last check solves every
 * relation together and suppresses more until no primary-suppressed figure can be
 * computed from the shown ones by any combination. A zero is a figure like any other
 * there: shown, unless hiding it is what keeps a small figure from being computed (a 0
 * closed beside the number of families gives the active ones away); a figure with nothing
 * to show because the count it is linked to is 0 (an average over nobody) says that 0 as
 * well, so it is hidden with it. What a shown total of nobody says is kept
 * ({@link #knownZeros}).
 */
final class ReportTable {

	static final int MIN_PERSONS = 5;

	private static final double EPSILON = 1e-9;

	/** How many candidates are tried one by one before hiding the finest. */
	private static final int MAX_TRIALS = 12;

	private final List<Cell> cells = new ArrayList<>();

	private final List<Relation> relations = new ArrayList<>();

	private final List<Cell[]> links = new ArrayList<>();

	private final List<String[]> additive = new ArrayList<>();

	private String slice = "";

	private int coarseness;

	private @Nullable Map<Cell, Set<Cell>> neighbours;

	private @Nullable Map<Cell, List<Equation>> equations;

	private @Nullable Map<Cell, List<Object>> constraints;

	private @Nullable Map<Cell, Set<Cell>> units;

	private @Nullable Set<Cell> knownZeros;

	private boolean suppressed;

	/**
	 * The slice the next figures belong to, and how coarse it is: when more figures must
	 * be hidden, those of finer slices (a quarter, a district) go first, so that the
	 * coarse figures (a year, all districts) stay shown.
	 */
	void slice(String slice, int coarseness) {
		this.slice = slice;
		this.coarseness = coarseness;
	}

	/**
	 * Every figure of slice {@code total} is the sum of the same figure in the
	 * {@code parts} slices.
	 */
	void additive(String total, String... parts) {
		String[] spec = new String[parts.length + 1];
		spec[0] = total;
		System.arraycopy(parts, 0, spec, 1, parts.length);
		this.additive.add(spec);
	}

	/**
	 * The share of {@code base} persons that {@code count} persons make up, in percent.
	 */
	Cell share(String item, String label, String series, @Nullable String step, int count, int base) {
		Double value = (base > 0) ? round(100.0 * count / base, 1) : null;
		return add(new Cell(item, label, series, step, Unit.PERCENT, value, count, base, count, count, base - count,
				base));
	}

	/** An average over {@code base} persons. */
	Cell average(String item, String label, String series, @Nullable String step, Unit unit, double sum, int base) {
		return average(item, label, series, step, unit, sum, base, base);
	}

	/**
	 * An average over {@code base} persons, of whom only {@code contributing} have a
	 * non-zero value.
	 */
	Cell average(String item, String label, String series, @Nullable String step, Unit unit, double sum, int base,
			int contributing) {
		int decimals = switch (unit) {
			case DKK -> 0;
			case MONTHS -> 1;
			default -> 2;
		};
		Double value = (base > 0) ? round(sum / base, decimals) : null;
		return add(new Cell(item, label, series, step, unit, value, null, base, base, base, contributing));
	}

	/**
	 * A number of things (families, measures, courses) concerning {@code persons} persons
	 * or families.
	 */
	Cell count(String item, String label, String series, @Nullable String step, int count, int persons) {
		return add(new Cell(item, label, series, step, Unit.COUNT, (double) count, count, null, persons, persons));
	}

	/**
	 * {@code numerator} things per person of {@code denominator}, concerning
	 * {@code persons} persons.
	 */
	Cell ratio(String item, String label, String series, @Nullable String step, int numerator, int denominator,
			int persons) {
		Double value = (denominator > 0) ? round((double) numerator / denominator, 2) : null;
		return add(new Cell(item, label, series, step, Unit.PER_PERSON, value, numerator, denominator, persons, persons,
				denominator));
	}

	/** An amount of money concerning {@code persons} persons. */
	Cell amount(String item, String label, String series, @Nullable String step, long dkk, int persons) {
		return add(new Cell(item, label, series, step, Unit.DKK, (double) dkk, persons, null, persons, persons));
	}

	/**
	 * A value whose own denominator is not persons (capacity use): guarded by the persons
	 * it counts.
	 */
	Cell percentOf(String item, String label, String series, @Nullable String step, int count, int of, int persons) {
		Double value = (of > 0) ? round(100.0 * count / of, 1) : null;
		return add(new Cell(item, label, series, step, Unit.PERCENT, value, count, of, persons, persons));
	}

	/**
	 * {@code total} (null: a total that is known anyway, such as a share's base) is the
	 * sum of {@code parts}.
	 */
	void relation(@Nullable Cell total, Cell... parts) {
		this.relations.add(new Relation(total, List.of(parts)));
	}

	/** Two figures carrying the same information: shown or suppressed together. */
	void link(Cell a, Cell b) {
		this.links.add(new Cell[] { a, b });
	}

	List<Report.Row> rows() {
		return rows(this.slice);
	}

	/** The figures of one slice, after suppression over the whole table. */
	List<Report.Row> rows(String slice) {
		if (!this.suppressed) {
			suppress();
			this.suppressed = true;
		}
		return this.cells.stream().filter((cell) -> cell.slice.equals(slice)).map(Cell::row).toList();
	}

	private void suppress() {
		relateSlices();
		for (Cell cell : this.cells) {
			cell.suppressed = !cell.noData() && cell.primary();
		}
		// From the totals of nobody shown before anything else is hidden.
		knownZeros();
		propagate(null);
		Set<Cell> fromConstantsOnly = new HashSet<>();
		Cell recoverable;
		while ((recoverable = recoverable(fromConstantsOnly)) != null) {
			Cell next = complement(recoverable);
			if (next == null) {
				// Only known totals (a share's base, the families), NO_DATA and zeros a
				// reader knows anyway (below a shown total of nobody) fix it, with no
				// figure left to hide: e.g. 4 of 4 families closed when the 0 still
				// running is shown for all districts.
				fromConstantsOnly.add(recoverable);
				continue;
			}
			next.suppressed = true;
			propagate(next);
		}
		// A hidden figure that is not small and that the shown ones determine anyway, or
		// that is a 0 a reader knows anyway, says nothing new: show it.
		List<Cell> shownAgain = new ArrayList<>(recoverableFigures());
		shownAgain.addAll(knownZeros());
		shownAgain.stream().filter((cell) -> !cell.primary()).forEach((cell) -> cell.suppressed = false);
	}

	/** The relations between slices, figure by figure (same item, series and step). */
	private void relateSlices() {
		Map<String, Map<String, Cell>> byKey = new LinkedHashMap<>();
		for (Cell cell : this.cells) {
			byKey.computeIfAbsent(cell.item + "|" + cell.series + "|" + cell.step, (key) -> new HashMap<>())
				.put(cell.slice, cell);
		}
		for (Map<String, Cell> figure : byKey.values()) {
			for (String[] spec : this.additive) {
				Cell total = figure.get(spec[0]);
				List<Cell> parts = Arrays.stream(spec).skip(1).map(figure::get).toList();
				if (total != null && parts.stream().allMatch(Objects::nonNull)) {
					this.relations.add(new Relation(total, parts));
				}
			}
		}
	}

	/**
	 * Applies the links and relations until none hides anything more: to all of them, or
	 * only to those of {@code changed} (and, in turn, of whatever they hide).
	 */
	private void propagate(@Nullable Cell changed) {
		Deque<Object> work = new ArrayDeque<>();
		Set<Object> queued = new HashSet<>();
		if (changed == null) {
			this.links.forEach(work::add);
			this.relations.forEach(work::add);
			queued.addAll(work);
		}
		else {
			enqueue(changed, work, queued);
		}
		while (!work.isEmpty()) {
			Object next = work.poll();
			queued.remove(next);
			if (next instanceof Relation relation) {
				Cell hidden = relation.protect();
				if (hidden != null) {
					enqueue(hidden, work, queued);
				}
			}
			else {
				Cell[] link = (Cell[]) next;
				// A linked figure with nothing to show (an average over a count of 0)
				// tells that 0: it goes with the count too.
				if (link[0].suppressed != link[1].suppressed) {
					Cell hidden = link[0].suppressed ? link[1] : link[0];
					hidden.suppressed = true;
					enqueue(hidden, work, queued);
				}
			}
		}
	}

	private void enqueue(Cell cell, Deque<Object> work, Set<Object> queued) {
		for (Object constraint : constraints().getOrDefault(cell, List.of())) {
			if (queued.add(constraint)) {
				work.add(constraint);
			}
		}
	}

	/** The relations and links each figure is part of. */
	private Map<Cell, List<Object>> constraints() {
		if (this.constraints == null) {
			Map<Cell, List<Object>> constraints = new HashMap<>();
			for (Relation relation : this.relations) {
				relation.parts()
					.forEach((part) -> constraints.computeIfAbsent(part, (key) -> new ArrayList<>()).add(relation));
				if (relation.total() != null) {
					constraints.computeIfAbsent(relation.total(), (key) -> new ArrayList<>()).add(relation);
				}
			}
			for (Cell[] link : this.links) {
				constraints.computeIfAbsent(link[0], (key) -> new ArrayList<>()).add(link);
				constraints.computeIfAbsent(link[1], (key) -> new ArrayList<>()).add(link);
			}
			this.constraints = constraints;
		}
		return this.constraints;
	}

	/**
	 * A primary-suppressed figure that some combination of the relations and links
	 * computes from shown figures, or null. The suppressed figures are the unknowns of
	 * the linear system the relations make; one is recoverable exactly when its row in
	 * the reduced echelon form has no free unknown.
	 */
	private @Nullable Cell recoverable(Set<Cell> skipped) {
		Set<Cell> seen = new HashSet<>();
		for (Cell cell : this.cells) {
			if (cell.primary() && unknown(cell) && !skipped.contains(cell) && !seen.contains(cell)) {
				Cell found = recoverableFigures(cell, seen).stream()
					.filter((other) -> other.primary() && !skipped.contains(other))
					.findFirst()
					.orElse(null);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Every suppressed figure the shown ones determine. */
	private List<Cell> recoverableFigures() {
		Set<Cell> seen = new HashSet<>();
		List<Cell> determined = new ArrayList<>();
		for (Cell cell : this.cells) {
			if (unknown(cell) && !seen.contains(cell)) {
				determined.addAll(recoverableFigures(cell, seen));
			}
		}
		return determined;
	}

	/**
	 * The suppressed figures the shown ones determine among those {@code start} is
	 * connected to through relations of suppressed figures (one system; its figures are
	 * added to {@code seen}).
	 */
	private List<Cell> recoverableFigures(Cell start, Set<Cell> seen) {
		Map<Cell, Integer> column = new LinkedHashMap<>();
		Set<Equation> system = new LinkedHashSet<>();
		Deque<Cell> queue = new ArrayDeque<>(List.of(start));
		column.put(start, 0);
		while (!queue.isEmpty()) {
			for (Equation equation : equations().getOrDefault(queue.poll(), List.of())) {
				if (system.add(equation)) {
					for (Cell cell : equation.cells()) {
						if (unknown(cell) && !column.containsKey(cell)) {
							column.put(cell, column.size());
							queue.add(cell);
						}
					}
				}
			}
		}
		seen.addAll(column.keySet());
		double[][] matrix = new double[system.size()][column.size()];
		int row = 0;
		for (Equation equation : system) {
			for (int i = 0; i < equation.cells().size(); i++) {
				Integer col = column.get(equation.cells().get(i));
				if (col != null) {
					matrix[row][col] += equation.coefficients()[i];
				}
			}
			row++;
		}
		List<Cell> cells = new ArrayList<>(column.keySet());
		return solved(matrix).stream().map(cells::get).toList();
	}

	/**
	 * Whether a reader does not know the figure: it is hidden, and not a 0 that a reader
	 * knows anyway ({@link #knownZeros}).
	 */
	private boolean unknown(Cell cell) {
		return cell.suppressed && !knownZeros().contains(cell);
	}

	/**
	 * The zeros a reader knows whatever is hidden: NO_DATA figures, with the counts of 0
	 * linked to them (an average over nobody and its count), that a shown total of nobody
	 * says are nobody (a 0 for all districts is a 0 in each, and so on down), or that
	 * belong to a slice without families (a known total whose parts are all nobody). Such
	 * a total is one that no small figure shares a relation with (nor a figure linked to
	 * it), so nothing ever hides it. Any other NO_DATA linked to a count of 0 only says
	 * that 0 and is hidden with the count, and any other 0 is a figure like any other:
	 * the check hides it when that keeps a small figure from being computed.
	 */
	private Set<Cell> knownZeros() {
		if (this.knownZeros == null) {
			Set<Cell> known = new HashSet<>();
			Deque<Cell> queue = new ArrayDeque<>();
			for (Relation relation : this.relations) {
				Cell total = relation.total();
				if (total == null) {
					if (relation.parts().stream().allMatch((part) -> part.persons == 0)) {
						queue.addAll(relation.parts());
					}
				}
				else if (!total.suppressed && unit(total).stream()
					.flatMap((member) -> constraints().getOrDefault(member, List.of()).stream())
					.noneMatch((constraint) -> constraint instanceof Relation other
							&& (other.parts().stream().anyMatch(Cell::primary)
									|| (other.total() != null && other.total().primary())))) {
					queue.add(total);
				}
			}
			while (!queue.isEmpty()) {
				Cell cell = queue.poll();
				if (cell.persons != 0 || cell.primary() || unit(cell).stream().noneMatch(Cell::noData)
						|| !known.add(cell)) {
					continue;
				}
				queue.addAll(unit(cell));
				for (Object constraint : constraints().getOrDefault(cell, List.of())) {
					if (constraint instanceof Relation relation && cell.equals(relation.total())) {
						queue.addAll(relation.parts());
					}
				}
			}
			this.knownZeros = known;
		}
		return this.knownZeros;
	}

	/** The relations and links as equations, by the figures they hold. */
	private Map<Cell, List<Equation>> equations() {
		if (this.equations == null) {
			Map<Cell, List<Equation>> equations = new HashMap<>();
			List<Equation> all = new ArrayList<>();
			for (Relation relation : this.relations) {
				List<Cell> cells = new ArrayList<>(relation.parts());
				double[] coefficients = new double[cells.size() + ((relation.total() != null) ? 1 : 0)];
				Arrays.fill(coefficients, -1.0);
				if (relation.total() != null) {
					cells.add(relation.total());
					coefficients[cells.size() - 1] = 1.0;
				}
				all.add(new Equation(cells, coefficients));
			}
			for (Cell[] link : this.links) {
				all.add(new Equation(List.of(link[0], link[1]), new double[] { 1.0, -1.0 }));
			}
			for (Equation equation : all) {
				equation.cells()
					.forEach((cell) -> equations.computeIfAbsent(cell, (key) -> new ArrayList<>()).add(equation));
			}
			this.equations = equations;
		}
		return this.equations;
	}

	/**
	 * The figure to hide next so that {@code target} cannot be recovered: among the shown
	 * figures related to it, the first (finest slice, fewest persons, so a 0 first) whose
	 * hiding alone makes it so, else the first that hiding leaves unknown (hiding a
	 * figure the others give away anyway would not help), else the first. A candidate is
	 * tried with the figures linked to it, which are hidden with it (a count of 0 with
	 * its average over nobody).
	 */
	private @Nullable Cell complement(Cell target) {
		Set<Cell> seen = new HashSet<>(Set.of(target));
		List<Cell> layer = List.of(target);
		List<Cell> candidates = new ArrayList<>();
		while (!layer.isEmpty()) {
			List<Cell> next = new ArrayList<>();
			for (Cell cell : layer) {
				neighbours(cell).stream().filter(seen::add).forEach(next::add);
			}
			next.stream().filter((cell) -> !cell.suppressed && !cell.noData()).forEach(candidates::add);
			layer = next;
		}
		// Hiding a zero a reader knows anyway would not help.
		candidates.removeIf(knownZeros()::contains);
		candidates
			.sort(Comparator.comparingInt((Cell cell) -> cell.coarseness).thenComparingInt((cell) -> cell.persons));
		Cell uncertain = null;
		for (Cell candidate : candidates.subList(0, Math.min(candidates.size(), MAX_TRIALS))) {
			List<Cell> hiding = unit(candidate).stream().filter((cell) -> !cell.suppressed).toList();
			hiding.forEach((cell) -> cell.suppressed = true);
			List<Cell> recoverable = recoverableFigures(target, new HashSet<>());
			hiding.forEach((cell) -> cell.suppressed = false);
			if (!recoverable.contains(target)) {
				return candidate;
			}
			if (uncertain == null && !recoverable.contains(candidate)) {
				uncertain = candidate;
			}
		}
		return (uncertain != null) ? uncertain : candidates.isEmpty() ? null : candidates.get(0);
	}

	/**
	 * The columns a system fixes: Gauss-Jordan elimination, then the pivots whose rows
	 * hold no free column.
	 */
	private static List<Integer> solved(double[][] matrix) {
		int columns = (matrix.length > 0) ? matrix[0].length : 0;
		List<int[]> pivots = new ArrayList<>();
		int row = 0;
		for (int col = 0; col < columns && row < matrix.length; col++) {
			int best = row;
			for (int r = row + 1; r < matrix.length; r++) {
				if (Math.abs(matrix[r][col]) > Math.abs(matrix[best][col])) {
					best = r;
				}
			}
			if (Math.abs(matrix[best][col]) < EPSILON) {
				continue;
			}
			double[] swap = matrix[row];
			matrix[row] = matrix[best];
			matrix[best] = swap;
			double pivot = matrix[row][col];
			int[] nonZero = new int[columns];
			int count = 0;
			for (int c = 0; c < columns; c++) {
				if (Math.abs(matrix[row][c]) > EPSILON) {
					matrix[row][c] /= pivot;
					nonZero[count++] = c;
				}
				else {
					matrix[row][c] = 0;
				}
			}
			for (int r = 0; r < matrix.length; r++) {
				if (r != row && Math.abs(matrix[r][col]) > EPSILON) {
					double factor = matrix[r][col];
					for (int i = 0; i < count; i++) {
						matrix[r][nonZero[i]] -= factor * matrix[row][nonZero[i]];
					}
				}
			}
			pivots.add(new int[] { row, col });
			row++;
		}
		List<Integer> determined = new ArrayList<>();
		for (int[] pivot : pivots) {
			boolean alone = true;
			for (int c = 0; c < columns && alone; c++) {
				alone = c == pivot[1] || Math.abs(matrix[pivot[0]][c]) < EPSILON;
			}
			if (alone) {
				determined.add(pivot[1]);
			}
		}
		return determined;
	}

	/**
	 * {@code cell} and the figures linked to it, directly or through others: they are
	 * shown or hidden together.
	 */
	private Set<Cell> unit(Cell cell) {
		if (this.units == null) {
			Map<Cell, Set<Cell>> units = new HashMap<>();
			for (Cell[] link : this.links) {
				Set<Cell> unit = new LinkedHashSet<>();
				for (Cell one : link) {
					unit.addAll(units.getOrDefault(one, Set.of(one)));
				}
				unit.forEach((member) -> units.put(member, unit));
			}
			this.units = units;
		}
		return this.units.getOrDefault(cell, Set.of(cell));
	}

	/** The figures that share a relation or a link with {@code cell}. */
	private Set<Cell> neighbours(Cell cell) {
		if (this.neighbours == null) {
			Map<Cell, Set<Cell>> neighbours = new HashMap<>();
			for (Relation relation : this.relations) {
				List<Cell> related = new ArrayList<>(relation.parts());
				if (relation.total() != null) {
					related.add(relation.total());
				}
				related
					.forEach((one) -> neighbours.computeIfAbsent(one, (key) -> new LinkedHashSet<>()).addAll(related));
			}
			for (Cell[] link : this.links) {
				neighbours.computeIfAbsent(link[0], (key) -> new LinkedHashSet<>()).add(link[1]);
				neighbours.computeIfAbsent(link[1], (key) -> new LinkedHashSet<>()).add(link[0]);
			}
			this.neighbours = neighbours;
		}
		return this.neighbours.getOrDefault(cell, Set.of());
	}

	private static boolean small(int persons) {
		return persons > 0 && persons < MIN_PERSONS;
	}

	private Cell add(Cell cell) {
		cell.slice = this.slice;
		cell.coarseness = this.coarseness;
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

		private final @Nullable String step;

		private final Unit unit;

		private final @Nullable Double value;

		private final @Nullable Integer count;

		private final @Nullable Integer base;

		/**
		 * How many persons the figure is about: its weight when choosing what else to
		 * suppress.
		 */
		private final int persons;

		/** Every number of persons this figure discloses something about. */
		private final int[] guards;

		private String slice = "";

		private int coarseness;

		private boolean suppressed;

		Cell(String item, String label, String series, @Nullable String step, Unit unit, @Nullable Double value,
				@Nullable Integer count, @Nullable Integer base, int persons, int... guards) {
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

		boolean primary() {
			return Arrays.stream(this.guards).anyMatch(ReportTable::small);
		}

		Report.Row row() {
			Figure figure;
			// Hidden with nothing to show: hidden with the count of 0 it would tell.
			if (this.suppressed) {
				figure = Figure.suppressed(this.unit);
			}
			else if (noData()) {
				figure = Figure.noData(this.unit);
			}
			else {
				figure = new Figure(State.SHOWN, this.unit, this.value, this.count, this.base);
			}
			return new Report.Row(this.item, this.label, this.series, this.step, figure);
		}

	}

	/** A linear relation between figures: the sum of coefficient × figure is known. */
	private record Equation(List<Cell> cells, double[] coefficients) {

		@Override
		public boolean equals(Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}

	}

	/** Figures that add up, so that knowing all but one of them gives the last away. */
	private record Relation(@Nullable Cell total, List<Cell> parts) {

		/**
		 * Suppresses one more figure if the relation would give a primary-suppressed one
		 * away, or narrow the hidden ones down to fewer than {@value #MIN_PERSONS}
		 * persons; the figure it hid, or null. Figures of no persons are taken only when
		 * nothing else is left: hiding them never covers anyone.
		 */
		@Nullable Cell protect() {
			// A shown total of nobody says every part is nobody: a zero gives no one
			// away.
			if (this.total != null && (this.total.suppressed || this.total.persons == 0)) {
				return null;
			}
			List<Cell> hidden = this.parts.stream().filter((part) -> part.suppressed).toList();
			int persons = hidden.stream().mapToInt((part) -> part.persons).sum();
			if (hidden.stream().noneMatch(Cell::primary) || (hidden.size() >= 2 && persons >= MIN_PERSONS)) {
				return null;
			}
			List<Cell> shown = this.parts.stream().filter((part) -> !part.suppressed && !part.noData()).toList();
			Comparator<Cell> fewest = Comparator.comparingInt((Cell part) -> part.persons);
			Cell next = shown.stream().filter((part) -> part.persons > 0).min(fewest).orElse(null);
			if (next == null && hidden.size() < 2) {
				next = shown.stream().min(fewest).orElse(null);
			}
			if (next == null && this.total != null && !this.total.noData()) {
				next = this.total;
			}
			if (next == null) {
				return null;
			}
			next.suppressed = true;
			return next;
		}

	}

}
