package dk.kk.hfi.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader can compute from published figures: every relation between them (a year
 * is the sum of its quarters, all districts the sum of the districts, a scale's steps
 * their base) is an equation, the shown figures are known, and whatever the equations
 * then fix is recovered, with its value.
 */
final class DifferencingAttack {

	private final Map<String, Double> known = new HashMap<>();

	private final Map<String, Integer> unknown = new LinkedHashMap<>();

	private final List<Map<String, Double>> equations = new ArrayList<>();

	private final List<Double> constants = new ArrayList<>();

	/** A published figure: its value if shown, null if withheld. */
	void figure(String name, Double value) {
		if (value != null) {
			this.known.put(name, value);
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
		Map<String, Double> equation = new LinkedHashMap<>();
		if (total != null) {
			equation.merge(total, 1.0, Double::sum);
		}
		parts.forEach((part) -> equation.merge(part, -1.0, Double::sum));
		this.equations.add(equation);
		this.constants.add((total != null) ? 0.0 : -constant);
	}

	/** The withheld figures the equations fix, with their values. */
	Map<String, Double> recovered() {
		List<String> names = new ArrayList<>(this.unknown.keySet());
		int columns = names.size();
		double[][] matrix = new double[this.equations.size()][columns + 1];
		for (int row = 0; row < this.equations.size(); row++) {
			double constant = this.constants.get(row);
			for (Map.Entry<String, Double> term : this.equations.get(row).entrySet()) {
				Integer column = this.unknown.get(term.getKey());
				if (column != null) {
					matrix[row][column] += term.getValue();
				}
				else if (this.known.containsKey(term.getKey())) {
					constant -= term.getValue() * this.known.get(term.getKey());
				}
				else {
					throw new IllegalArgumentException("No figure " + term.getKey());
				}
			}
			matrix[row][columns] = constant;
		}
		List<int[]> pivots = new ArrayList<>();
		int row = 0;
		for (int col = 0; col < columns && row < matrix.length; col++) {
			int best = row;
			for (int r = row + 1; r < matrix.length; r++) {
				if (Math.abs(matrix[r][col]) > Math.abs(matrix[best][col])) {
					best = r;
				}
			}
			if (Math.abs(matrix[best][col]) < 1e-9) {
				continue;
			}
			double[] swap = matrix[row];
			matrix[row] = matrix[best];
			matrix[best] = swap;
			double pivot = matrix[row][col];
			for (int c = 0; c <= columns; c++) {
				matrix[row][c] /= pivot;
			}
			for (int r = 0; r < matrix.length; r++) {
				double factor = matrix[r][col];
				if (r != row && Math.abs(factor) > 1e-9) {
					for (int c = 0; c <= columns; c++) {
						matrix[r][c] -= factor * matrix[row][c];
					}
				}
			}
			pivots.add(new int[] { row, col });
			row++;
		}
		Map<String, Double> recovered = new LinkedHashMap<>();
		for (int[] pivot : pivots) {
			boolean alone = true;
			for (int c = 0; c < columns && alone; c++) {
				alone = c == pivot[1] || Math.abs(matrix[pivot[0]][c]) < 1e-9;
			}
			if (alone) {
				recovered.put(names.get(pivot[1]), matrix[pivot[0]][columns]);
			}
		}
		return recovered;
	}

}
