package dk.kk.hfi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import dk.kk.hfi.common.Copenhagen;
import dk.kk.hfi.system.ApplicationClock;

/**
 * The application's clock in the full-application tests: Copenhagen time, running, but a
 * test may set it to an instant (and must reset it): consent periods start and end at
 * Copenhagen midnight. Like the application's, it reads the moment of a past event that
 * the demo records through the API.
 */
public final class MovableClock extends ApplicationClock {

	public static final ZoneId COPENHAGEN = Copenhagen.ZONE;

	private volatile Duration offset = Duration.ZERO;

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), this.offset);
	}

	@Override
	protected Instant now() {
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
