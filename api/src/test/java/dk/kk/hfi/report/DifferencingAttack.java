package dk.kk.hfi.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader can compute from published figures: every relation between them (a year
 * is the sum of its quarters, all districts the sum of the districts, a scale's steps
 * their base) is an equation, the shown figures are known, and whatever the equations
 * then fix is recovered, with its value.
 * <p>
 * Solved in exact fractions, not as {@link ReportTable} decides in floating point, so
 * that a mistake in the table's elimination cannot hide itself here.
 */
final class DifferencingAttack {

	private final Map<String, Long> known = new HashMap<>();

	private final Map<String, Integer> unknown = new LinkedHashMap<>();

	private final List<Map<String, Long>> equations = new ArrayList<>();

	private final List<Long> constants = new ArrayList<>();

	/** A published figure (a count): its value if shown, null if withheld. */
	void figure(String name, Double value) {
		if (value != null) {
			this.known.put(name, whole(value));
		}
		else {
			this.unknown.putIfAbsent(name, this.unknown.size());
		}
	}

	/**
	 * {@code total} = the sum of {@code parts} (a null total: the sum is the known
	 * {@code constant}).
	 */
	void sum(String total, List<String> parts, double constant) {
		Map<String, Long> equation = new LinkedHashMap<>();
		if (total != null) {
			equation.merge(total, 1L, Long::sum);
		}
		parts.forEach((part) -> equation.merge(part, -1L, Long::sum));
		this.equations.add(equation);
		this.constants.add((total != null) ? 0L : -whole(constant));
	}

	/** The withheld figures the equations fix, with their values. */
	Map<String, Double> recovered() {
		List<String> names = new ArrayList<>(this.unknown.keySet());
		int columns = names.size();
		Fraction[][] rows = new Fraction[this.equations.size()][];
		for (int row = 0; row < rows.length; row++) {
			rows[row] = row(this.equations.get(row), this.constants.get(row), columns);
		}
		List<int[]> pivots = new ArrayList<>();
		int rank = 0;
		for (int col = 0; col < columns && rank < rows.length; col++) {
			int found = rank;
			while (found < rows.length && rows[found][col].isZero()) {
				found++;
			}
			if (found == rows.length) {
				continue;
			}
			Fraction[] pivotRow = rows[found];
			rows[found] = rows[rank];
			rows[rank] = pivotRow;
			Fraction pivot = pivotRow[col];
			for (int c = 0; c <= columns; c++) {
				pivotRow[c] = pivotRow[c].dividedBy(pivot);
			}
			for (int r = 0; r < rows.length; r++) {
				Fraction factor = rows[r][col];
				if (r != rank && !factor.isZero()) {
					for (int c = 0; c <= columns; c++) {
						rows[r][c] = rows[r][c].minus(factor.times(pivotRow[c]));
					}
				}
			}
			pivots.add(new int[] { rank, col });
			rank++;
		}
		Map<String, Double> recovered = new LinkedHashMap<>();
		for (int[] pivot : pivots) {
			Fraction[] row = rows[pivot[0]];
			boolean alone = true;
			for (int c = 0; c < columns && alone; c++) {
				alone = c == pivot[1] || row[c].isZero();
			}
			if (alone) {
				recovered.put(names.get(pivot[1]), row[columns].value());
			}
		}
		return recovered;
	}

	/** The equation over the withheld figures, the shown ones moved to its constant. */
	private Fraction[] row(Map<String, Long> equation, long constant, int columns) {
		Fraction[] row = new Fraction[columns + 1];
		Arrays.fill(row, Fraction.ZERO);
		long rest = constant;
		for (Map.Entry<String, Long> term : equation.entrySet()) {
			Integer column = this.unknown.get(term.getKey());
			if (column != null) {
				row[column] = row[column].plus(Fraction.of(term.getValue()));
			}
			else if (this.known.containsKey(term.getKey())) {
				rest = Math.subtractExact(rest, Math.multiplyExact(term.getValue(), this.known.get(term.getKey())));
			}
			else {
				throw new IllegalArgumentException("No figure " + term.getKey());
			}
		}
		row[columns] = Fraction.of(rest);
		return row;
	}

	private static long whole(double value) {
		if (value != Math.rint(value)) {
			throw new IllegalArgumentException("Not a count: " + value);
		}
		return (long) value;
	}

	/** An exact fraction; arithmetic that would overflow throws instead of rounding. */
	private record Fraction(long numerator, long denominator) {

		static final Fraction ZERO = new Fraction(0, 1);

		static Fraction of(long whole) {
			return new Fraction(whole, 1);
		}

		Fraction {
			if (denominator < 0) {
				numerator = Math.negateExact(numerator);
				denominator = Math.negateExact(denominator);
			}
			long gcd = gcd(Math.abs(numerator), denominator);
			if (gcd > 1) {
				numerator /= gcd;
				denominator /= gcd;
			}
		}

		boolean isZero() {
			return this.numerator == 0;
		}

		Fraction plus(Fraction other) {
			return new Fraction(
					Math.addExact(Math.multiplyExact(this.numerator, other.denominator),
							Math.multiplyExact(other.numerator, this.denominator)),
					Math.multiplyExact(this.denominator, other.denominator));
		}

		Fraction minus(Fraction other) {
			return plus(new Fraction(Math.negateExact(other.numerator), other.denominator));
		}

		Fraction times(Fraction other) {
			return new Fraction(Math.multiplyExact(this.numerator, other.numerator),
					Math.multiplyExact(this.denominator, other.denominator));
		}

		Fraction dividedBy(Fraction other) {
			return times(new Fraction(other.denominator, other.numerator));
		}

		double value() {
			return (double) this.numerator / this.denominator;
		}

		private static long gcd(long a, long b) {
			return (b == 0) ? Math.max(a, 1) : gcd(b, a % b);
		}

	}

}
