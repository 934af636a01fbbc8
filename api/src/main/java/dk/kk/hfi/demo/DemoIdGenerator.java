package dk.kk.hfi.demo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.beans.factory.config.BeanPostProcessor;

import dk.kk.hfi.common.IdGenerator;

/**
 * The application's id generator, except on the thread that loads the demo: there a
 * change gets the ids the demo data set has always had (tests and the tour name them).
 */
final class DemoIdGenerator implements IdGenerator {

	private static final ThreadLocal<Deque<String>> KNOWN = new ThreadLocal<>();

	private final IdGenerator application;

	private DemoIdGenerator(IdGenerator application) {
		this.application = application;
	}

	@Override
	public String next(String prefix) {
		Deque<String> known = KNOWN.get();
		if (known == null) {
			return this.application.next(prefix);
		}
		String id = known.poll();
		if (id == null) {
			throw new IllegalStateException("The demo change asked for more new ids than it named");
		}
		return id;
	}

	/** Runs a change whose new documents get these ids, in the order the service asks. */
	static <T> T handingOut(List<String> ids, Supplier<T> change) {
		Deque<String> known = new ArrayDeque<>(ids);
		KNOWN.set(known);
		try {
			T result = change.get();
			if (!known.isEmpty()) {
				throw new IllegalStateException("The demo change used fewer new ids than it named: " + known);
			}
			return result;
		}
		finally {
			KNOWN.remove();
		}
	}

	/** Puts the demo's generator in front of the application's. */
	static BeanPostProcessor installer() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof IdGenerator ids && !(bean instanceof DemoIdGenerator))
						? new DemoIdGenerator(ids) : bean;
			}
		};
	}

}
