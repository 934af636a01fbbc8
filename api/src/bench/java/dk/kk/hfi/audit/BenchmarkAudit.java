package dk.kk.hfi.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;

import graphql.execution.instrumentation.Instrumentation;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import dk.kk.hfi.bench.BenchmarkBeans;

/**
 * The benchmark harness's switch to measure the audit write's cost. This class exists only in the benchmark source
 * set ({@code src/bench/java}, compiled only with the {@code benchmark} Maven profile), never in the application:
 * its {@link Wiring} puts the switch in front of the audit instrumentation, so with the audit off the request's
 * events are collected but not written. The application always writes them.
 */
public final class BenchmarkAudit {

	private static final String AUDIT_INSTRUMENTATION = "auditInstrumentation";

	private static final String WRITE = "instrumentExecutionResult";

	private static volatile boolean enabled = true;

	private static volatile boolean installed;

	private BenchmarkAudit() {
	}

	public static void audit(boolean on) {
		if (!installed) {
			throw new IllegalStateException("The audit switch is not installed: import BenchmarkAudit.Wiring");
		}
		enabled = on;
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Wiring {

		@Bean
		static BeanPostProcessor benchmarkAuditSwitch() {
			return BenchmarkBeans.wrapping(AUDIT_INSTRUMENTATION, Instrumentation.class, Wiring::switched);
		}

		private static Instrumentation switched(Instrumentation audit) {
			installed = true;
			return (Instrumentation) Proxy.newProxyInstance(Instrumentation.class.getClassLoader(),
					new Class<?>[] { Instrumentation.class }, (proxy, method, args) -> {
						if (!enabled && method.getName().equals(WRITE)) {
							return CompletableFuture.completedFuture(args[0]);
						}
						try {
							return method.invoke(audit, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
