package dk.kk.hfi.audit;

/**
 * The benchmark harness's switch to measure the audit write's cost. Readable by the audit write in access, but
 * not reachable from configuration: only the harness's {@code BenchmarkAudit} (same package, benchmark source set)
 * can turn it off.
 * In production the audit is always written.
 */
public final class AuditSwitch {

	private static volatile boolean enabled = true;

	private AuditSwitch() {
	}

	public static boolean enabled() {
		return enabled;
	}

	static void enabled(boolean on) {
		enabled = on;
	}

}
