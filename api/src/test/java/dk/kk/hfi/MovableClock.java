package dk.kk.hfi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the full-application tests: Copenhagen time, running, but a
 * test may set it to an instant (and must reset it): consent periods start and end at
 * Copenhagen midnight.
 */
public final class MovableClock extends Clock {

	public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	private volatile Duration offset = Duration.ZERO;

	@Override
	public ZoneId getZone() {
		return COPENHAGEN;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), this.offset);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	/** From now on the clock reads this moment (and runs on from it). */
	public void set(ZonedDateTime moment) {
		this.offset = Duration.between(Instant.now(), moment.toInstant());
	}

	public void reset() {
		this.offset = Duration.ZERO;
	}

	/** Makes the movable clock the application's clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
