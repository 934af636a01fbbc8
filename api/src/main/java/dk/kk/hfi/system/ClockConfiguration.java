package dk.kk.hfi.system;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock: Copenhagen's date decides when a consent starts and ends, whatever zone
 * the JVM runs in. Every "today" is {@code LocalDate.now(clock)}; tests add a primary
 * clock to move time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return new ApplicationClock();
	}

	/**
	 * Bean Validation's past and future ({@code @PastOrPresent signedOn}) are judged by
	 * the same clock.
	 */
	@Bean
	ValidationConfigurationCustomizer validationClock(ObjectProvider<Clock> clock) {
		return (configuration) -> configuration.clockProvider(() -> clock.getObject());
	}

}
