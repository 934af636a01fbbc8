package dk.kk.hfi.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dk.kk.hfi.common.Copenhagen;

/**
 * The application's clock, in Copenhagen time. A loader that records past events through
 * the API (the demo) runs each {@link #at} the moment it happened: on that thread, and
 * only there, the clock reads that moment, so the services, the validation and the access
 * decisions judge the event as on its day.
 */
public class ApplicationClock extends Clock {

	private static final ThreadLocal<@Nullable Instant> REPLAYED = new ThreadLocal<>();

	@Override
	public ZoneId getZone() {
		return Copenhagen.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.system(zone);
	}

	@Override
	public final Instant instant() {
		Instant replayed = REPLAYED.get();
		return (replayed != null) ? replayed : now();
	}

	/** The time when no past event is being recorded. */
	protected Instant now() {
		return Instant.now();
	}

	/** Runs {@code work} on this thread with the clock reading {@code moment}. */
	public static <T> T at(Instant moment, Supplier<T> work) {
		Instant previous = REPLAYED.get();
		REPLAYED.set(moment);
		try {
			return work.get();
		}
		finally {
			REPLAYED.set(previous);
		}
	}

}
