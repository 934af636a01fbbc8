package dk.kk.hfi.access;

/**
 * The benchmark harness's handle on {@link Enforcement}. This class exists only in the benchmark source set
 * ({@code src/bench/java}, compiled only with the {@code benchmark} Maven profile), never in the application.
 */
public final class BenchmarkAccess {

	private BenchmarkAccess() {
	}

	public static void enforcement(boolean on) {
		Enforcement.enabled(on);
	}

	public static void counting(boolean on) {
		Enforcement.counting(on);
	}

	public static void resetCounts() {
		Enforcement.reset();
	}

	public static long guardedReads() {
		return Enforcement.guardedReads();
	}

	public static long policyEvaluations() {
		return Enforcement.policyEvaluations();
	}

}
