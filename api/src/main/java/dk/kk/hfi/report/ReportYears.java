package dk.kk.hfi.report;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The report years one request has computed: each is computed whole (every slice and its
 * suppression), so a request that asks for several periods or districts of one report
 * computes it once, and every slice it gets comes from the same table.
 */
public final class ReportYears {

	private final Map<Key, Year> years = new ConcurrentHashMap<>();

	Year computeIfAbsent(ReportName name, int year, Supplier<Year> compute) {
		return this.years.computeIfAbsent(new Key(name, year), (key) -> compute.get());
	}

	/** A report's year: the header of each slice and the table of their figures. */
	record Year(ReportTable table, Map<String, Report> slices) {
	}

	private record Key(ReportName name, int year) {
	}

}
