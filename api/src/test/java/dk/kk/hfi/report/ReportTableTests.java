package dk.kk.hfi.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.kk.hfi.report.Figure.State;
import dk.kk.hfi.report.ReportTable.Cell;

import static org.assertj.core.api.Assertions.assertThat;

/** The small-cell rules: primary suppression, and secondary suppression wherever figures add up. */
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

	private static List<State> states(List<Report.Row> rows) {
		return rows.stream().map((row) -> row.figure().state()).toList();
	}

}
