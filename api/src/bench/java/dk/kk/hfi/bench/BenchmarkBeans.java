package dk.kk.hfi.bench;

import java.util.function.UnaryOperator;

import org.springframework.beans.factory.config.BeanPostProcessor;

/** How the harness's switches get in front of the application's beans. */
public final class BenchmarkBeans {

	private BenchmarkBeans() {
	}

	/**
	 * Puts what {@code wrapper} makes of the application's bean of this name and type in
	 * its place, once the bean is initialized.
	 */
	public static <T> BeanPostProcessor wrapping(String beanName, Class<T> type, UnaryOperator<T> wrapper) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (type.isInstance(bean) && name.equals(beanName)) ? wrapper.apply(type.cast(bean)) : bean;
			}
		};
	}

}
