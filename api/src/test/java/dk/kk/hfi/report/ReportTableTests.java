package dk.kk.hfi.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.kk.hfi.report.Figure.State;
import dk.kk.hfi.report.Figure.Unit;
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

	@Test
	void aShownZeroAndTheKnownNumberOfFamiliesDoNotGiveTheSmallOtherPartAway() {
		// One family, still running: active + closed = the families (1), which the report
		// shows. A shown 0 closed, or an average length over no closed course (NO_DATA),
		// would give the 1 active away.
		ReportTable table = new ReportTable();
		Cell active = table.count("ACTIVE", "a", "NOW", null, 1, 1);
		Cell closed = table.count("CLOSED", "c", "NOW", null, 0, 0);
		Cell ongoingLength = table.average("LENGTH", "l", "ONGOING", null, Unit.MONTHS, 14.0, 1);
		Cell closedLength = table.average("LENGTH", "l", "CLOSED", null, Unit.MONTHS, 0.0, 0);
		table.relation(null, active, closed);
		table.link(active, ongoingLength);
		table.link(closed, closedLength);
		assertThat(states(table.rows())).containsExactly(State.SUPPRESSED, State.SUPPRESSED, State.SUPPRESSED,
				State.SUPPRESSED);
	}

	@Test
	void aShownZeroIsHiddenWhereverItWouldGiveASmallPartOfAKnownTotalAwayAndOnlyThere() {
		// Families by status, per quarter and district: {active, closed}. Bispebjerg's
		// only
		// family started in Q3 and still runs; Nørrebro's are enough.
		int[][][] counts = { { { 0, 20 }, { 0, 0 } }, { { 0, 0 }, { 0, 0 } }, { { 6, 10 }, { 1, 0 } },
				{ { 0, 0 }, { 0, 0 } } };
		String[] periods = { "Q1", "Q2", "Q3", "Q4", "H1", "H2", "Y" };
		int[][] quarters = { { 0 }, { 1 }, { 2 }, { 3 }, { 0, 1 }, { 2, 3 }, { 0, 1, 2, 3 } };
		List<String> districts = List.of("N", "B", "ALL");
		List<String> items = List.of("ACTIVE", "CLOSED", "LENGTH_ONGOING", "LENGTH_CLOSED");
		ReportTable table = new ReportTable();
		DifferencingAttack attack = new DifferencingAttack();
		for (int p = 0; p < periods.length; p++) {
			for (int d = 0; d < districts.size(); d++) {
				String slice = periods[p] + "/" + districts.get(d);
				table.slice(slice, 2 * Integer.numberOfTrailingZeros(quarters[p].length) + ((d == 2) ? 1 : 0));
				int[] status = new int[2];
				for (int q : quarters[p]) {
					for (int k = 0; k < 2; k++) {
						status[k] += (d == 2) ? counts[q][0][k] + counts[q][1][k] : counts[q][d][k];
					}
				}
				Cell active = table.count("ACTIVE", "a", "NOW", null, status[0], status[0]);
				Cell closed = table.count("CLOSED", "c", "NOW", null, status[1], status[1]);
				Cell ongoingLength = table.average("LENGTH_ONGOING", "l", "NOW", null, Unit.MONTHS, 14.0 * status[0],
						status[0]);
				Cell closedLength = table.average("LENGTH_CLOSED", "l", "NOW", null, Unit.MONTHS, 20.0 * status[1],
						status[1]);
				table.relation(null, active, closed);
				table.link(active, ongoingLength);
				table.link(closed, closedLength);
				// The families, shown as they are; an average is over its count.
				attack.sum(null, List.of(slice + "|ACTIVE", slice + "|CLOSED"), status[0] + status[1]);
				attack.sum(slice + "|ACTIVE", List.of(slice + "|LENGTH_ONGOING"), 0);
				attack.sum(slice + "|CLOSED", List.of(slice + "|LENGTH_CLOSED"), 0);
			}
		}
		for (String d : districts) {
			table.additive("H1/" + d, "Q1/" + d, "Q2/" + d);
			table.additive("H2/" + d, "Q3/" + d, "Q4/" + d);
			table.additive("Y/" + d, "H1/" + d, "H2/" + d);
		}
		for (String p : periods) {
			table.additive(p + "/ALL", p + "/N", p + "/B");
		}
		for (String item : items) {
			for (String d : districts) {
				String at = "/" + d + "|" + item;
				attack.sum("H1" + at, List.of("Q1" + at, "Q2" + at), 0);
				attack.sum("H2" + at, List.of("Q3" + at, "Q4" + at), 0);
				attack.sum("Y" + at, List.of("H1" + at, "H2" + at), 0);
			}
			for (String p : periods) {
				attack.sum(p + "/ALL|" + item, List.of(p + "/N|" + item, p + "/B|" + item), 0);
			}
		}
		for (String p : periods) {
			for (String d : districts) {
				for (Report.Row row : table.rows(p + "/" + d)) {
					Figure figure = row.figure();
					// A count is its persons, an average stands for its base; NO_DATA
					// is an average over nobody.
					Double persons = switch (figure.state()) {
						case SHOWN -> (double) ((figure.unit() == Unit.COUNT) ? figure.count() : figure.base());
						case NO_DATA -> 0.0;
						case SUPPRESSED -> null;
					};
					attack.figure(p + "/" + d + "|" + row.item(), persons);
				}
			}
		}
		attack.recovered()
			.forEach((name, persons) -> assertThat(persons < 0.5 || persons > 4.5).as(name + " = " + persons).isTrue());
		for (String slice : List.of("Q3/B", "H2/B", "Y/B")) {
			assertThat(states(table.rows(slice))).as(slice).containsOnly(State.SUPPRESSED);
		}
		// Not everything goes: all districts' figures, and Nørrebro's first half, where
		// nothing is small and no 0 fixes a small figure, stay shown, zeros included.
		for (String slice : List.of("Q3/ALL", "H2/ALL", "Y/ALL", "Q1/N", "H1/N", "H1/ALL")) {
			assertThat(states(table.rows(slice))).as(slice).doesNotContain(State.SUPPRESSED);
		}
		assertThat(table.rows("H1/N").get(0).figure().value()).isZero();
	}

	private static List<State> states(List<Report.Row> rows) {
		return rows.stream().map((row) -> row.figure().state()).toList();
	}

}
