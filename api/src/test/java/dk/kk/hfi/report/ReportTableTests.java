package dk.kk.hfi.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.kk.hfi.report.Figure.State;
import dk.kk.hfi.report.ReportTable.Cell;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small-cell rules: primary suppression, and secondary suppression wherever figures
 * add up.
 */
class ReportTableTests {

	@Test
	void shareOfFewerThanFivePersonsOrWithFewerThanFiveOutsideIsSuppressedButZeroIsShown() {
		ReportTable table = new ReportTable();
		table.share("A", "a", "S", null, 4, 40);
		table.share("B", "b", "S", null, 37, 40);
		table.share("C", "c", "S", null, 0, 40);
		table.share("D", "d", "S", null, 3, 3);
		table.share("E", "e", "S", null, 0, 0);
		assertThat(states(table.rows())).containsExactly(State.SUPPRESSED, State.SUPPRESSED, State.SHOWN,
				State.SUPPRESSED, State.NO_DATA);
	}

	@Test
	void loneSuppressedPartOfAKnownTotalTakesTheSmallestOtherPartWithIt() {
		ReportTable table = new ReportTable();
		Cell high = table.share("X", "x", "S", "HIGH", 20, 44);
		Cell some = table.share("X", "x", "S", "SOME", 14, 44);
		Cell lesser = table.share("X", "x", "S", "LESSER", 6, 44);
		Cell none = table.share("X", "x", "S", "NOT_AT_ALL", 4, 44);
		table.relation(null, high, some, lesser, none);
		assertThat(states(table.rows())).containsExactly(State.SHOWN, State.SHOWN, State.SUPPRESSED, State.SUPPRESSED);
	}

	@Test
	void suppressedPartsMustTogetherCoverFivePersons() {
		ReportTable table = new ReportTable();
		Cell a = table.count("A", "a", "S", null, 1, 1);
		Cell b = table.count("B", "b", "S", null, 2, 2);
		Cell c = table.count("C", "c", "S", null, 30, 30);
		Cell d = table.count("D", "d", "S", null, 40, 40);
		Cell total = table.count("T", "t", "S", null, 73, 73);
		table.relation(total, a, b, c, d);
		assertThat(states(table.rows())).containsExactly(State.SUPPRESSED, State.SUPPRESSED, State.SUPPRESSED,
				State.SHOWN, State.SHOWN);
	}

	@Test
	void suppressedTotalProtectsItsPartsAndLinkedFiguresFollow() {
		ReportTable table = new ReportTable();
		Cell total = table.count("T", "t", "S", null, 3, 3);
		Cell part = table.count("P", "p", "S", null, 3, 3);
		Cell other = table.count("O", "o", "S", null, 0, 0);
		Cell perPerson = table.ratio("R", "r", "S", null, 3, 40, 3);
		table.relation(total, part, other);
		table.link(total, perPerson);
		assertThat(states(table.rows())).containsExactly(State.SUPPRESSED, State.SUPPRESSED, State.SHOWN,
				State.SUPPRESSED);
	}

	@Test
	void noCombinationOfAYearItsHalvesAndQuartersAndTheDistrictsRecoversASmallStep() {
		// Q1: 20 high, 2 lesser of 22 (Nørrebro); Q3: 6 lesser (Nørrebro) and 3 high, 1
		// some (Bispebjerg).
		int[][][] counts = { { { 20, 0, 2, 0 }, { 0, 0, 0, 0 } }, { { 0, 0, 0, 0 }, { 0, 0, 0, 0 } },
				{ { 0, 0, 6, 0 }, { 3, 1, 0, 0 } }, { { 0, 0, 0, 0 }, { 0, 0, 0, 0 } } };
		String[] periods = { "Q1", "Q2", "Q3", "Q4", "H1", "H2", "Y" };
		int[][] quarters = { { 0 }, { 1 }, { 2 }, { 3 }, { 0, 1 }, { 2, 3 }, { 0, 1, 2, 3 } };
		List<String> districts = List.of("N", "B", "ALL");
		ReportTable table = new ReportTable();
		DifferencingAttack attack = new DifferencingAttack();
		Map<String, Integer> bases = new HashMap<>();
		for (int p = 0; p < periods.length; p++) {
			for (int d = 0; d < districts.size(); d++) {
				String slice = periods[p] + "/" + districts.get(d);
				table.slice(slice, 2 * Integer.numberOfTrailingZeros(quarters[p].length) + ((d == 2) ? 1 : 0));
				int[] step = new int[4];
				for (int q : quarters[p]) {
					for (int k = 0; k < 4; k++) {
						step[k] += (d == 2) ? counts[q][0][k] + counts[q][1][k] : counts[q][d][k];
					}
				}
				int base = step[0] + step[1] + step[2] + step[3];
				bases.put(slice, base);
				List<Cell> steps = new ArrayList<>();
				for (int k = 0; k < 4; k++) {
					steps.add(table.share("X", "x", "S", "S" + k, step[k], base));
				}
				Cell highOrSome = table.share("X", "x", "S", "HOS", step[0] + step[1], base);
				table.relation(null, steps.toArray(Cell[]::new));
				table.relation(highOrSome, steps.get(0), steps.get(1));
				table.relation(null, highOrSome, steps.get(2), steps.get(3));
				attack.sum(null, List.of(slice + "|S0", slice + "|S1", slice + "|S2", slice + "|S3"), base);
				attack.sum(slice + "|HOS", List.of(slice + "|S0", slice + "|S1"), 0);
			}
		}
		List<String> steps = List.of("S0", "S1", "S2", "S3", "HOS");
		for (String d : districts) {
			table.additive("H1/" + d, "Q1/" + d, "Q2/" + d);
			table.additive("H2/" + d, "Q3/" + d, "Q4/" + d);
			table.additive("Y/" + d, "H1/" + d, "H2/" + d);
			for (String step : steps) {
				attack.sum("H1/" + d + "|" + step, List.of("Q1/" + d + "|" + step, "Q2/" + d + "|" + step), 0);
				attack.sum("H2/" + d + "|" + step, List.of("Q3/" + d + "|" + step, "Q4/" + d + "|" + step), 0);
				attack.sum("Y/" + d + "|" + step, List.of("H1/" + d + "|" + step, "H2/" + d + "|" + step), 0);
				attack.sum("Y/" + d + "|" + step, List.of("Q1/" + d + "|" + step, "Q2/" + d + "|" + step,
						"Q3/" + d + "|" + step, "Q4/" + d + "|" + step), 0);
			}
		}
		for (String p : periods) {
			table.additive(p + "/ALL", p + "/N", p + "/B");
			for (String step : steps) {
				attack.sum(p + "/ALL|" + step, List.of(p + "/N|" + step, p + "/B|" + step), 0);
			}
		}
		int suppressed = 0;
		for (String p : periods) {
			for (String d : districts) {
				for (Report.Row row : table.rows(p + "/" + d)) {
					Figure figure = row.figure();
					Double count = switch (figure.state()) {
						case SHOWN -> figure.count().doubleValue();
						case NO_DATA -> 0.0;
						case SUPPRESSED -> null;
					};
					attack.figure(p + "/" + d + "|" + row.step(), count);
					suppressed += (figure.state() == State.SUPPRESSED) ? 1 : 0;
				}
			}
		}
		assertThat(suppressed).isPositive();
		attack.recovered().forEach((name, count) -> {
			int base = bases.get(name.substring(0, name.indexOf('|')));
			assertThat(List.of(count, base - count)).as(name + " = " + count + " of " + base)
				.allSatisfy((persons) -> assertThat(persons < 0.5 || persons > 4.5).isTrue());
		});
		assertThat(states(table.rows("Q3/B"))).containsOnly(State.SUPPRESSED);
		assertThat(table.rows("Q1/N").get(2).figure().state()).isEqualTo(State.SUPPRESSED);
		// Not everything goes: the year in Nørrebro, where no cell is small, stays shown.
		assertThat(states(table.rows("Y/N"))).containsOnly(State.SHOWN);
	}

	private static List<State> states(List<Report.Row> rows) {
		return rows.stream().map((row) -> row.figure().state()).toList();
	}

}
