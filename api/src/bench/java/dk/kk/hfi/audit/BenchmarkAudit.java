package dk.kk.hfi.audit;

/**
 * The benchmark harness's handle on {@link AuditSwitch}. This class exists only in the benchmark source set
 * ({@code src/bench/java}, compiled only with the {@code benchmark} Maven profile), never in the application.
 */
public final class BenchmarkAudit {

	private BenchmarkAudit() {
	}

	public static void audit(boolean on) {
		AuditSwitch.enabled(on);
	}

}
