package dk.kk.hfi.access;

import java.util.concurrent.atomic.LongAdder;

/**
 * Measurement hooks of the access mechanism, for the benchmark harness only. Nothing here is reachable from
 * configuration: the switch and the counters are package-private, so only code in this package (the harness's
 * {@code BenchmarkAccess}, in the benchmark source set) can turn enforcement off or read the counts. In
 * production enforcement is always on and the counters are not updated.
 */
final class Enforcement {

	private static volatile boolean enabled = true;

	private static volatile boolean counting;

	private static final LongAdder guardedReads = new LongAdder();

	private static final LongAdder policyEvaluations = new LongAdder();

	private Enforcement() {
	}

	/** Called by {@link FieldGuard} for every guarded field read: whether to enforce. */
	static boolean enforce() {
		if (counting) {
			guardedReads.increment();
		}
		return enabled;
	}

	/** Called by {@link AccessPolicy} for every evaluation of the policy. */
	static void evaluated() {
		if (counting) {
			policyEvaluations.increment();
		}
	}

	static void enabled(boolean on) {
		enabled = on;
	}

	static void counting(boolean on) {
		counting = on;
	}

	static long guardedReads() {
		return guardedReads.sum();
	}

	static long policyEvaluations() {
		return policyEvaluations.sum();
	}

	static void reset() {
		guardedReads.reset();
		policyEvaluations.reset();
	}

}
