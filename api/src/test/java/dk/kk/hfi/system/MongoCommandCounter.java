package dk.kk.hfi.system;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the MongoDB commands the application sends (round trips), leaving out the
 * driver's own handshakes and heartbeats. Tests and the benchmark read it to prove that
 * round trips do not grow with page size. Test code only: the tests
 * ({@code GraphQlTestSupport}) and the benchmark harness import it, the application never
 * registers it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MongoCommandCounter implements CommandListener {

	private static final Set<String> DRIVER_COMMANDS = Set.of("hello", "ismaster", "isMaster", "ping", "buildInfo",
			"buildinfo", "getLastError", "saslStart", "saslContinue", "endSessions");

	private final AtomicLong commands = new AtomicLong();

	private final Map<String, AtomicLong> byTarget = new ConcurrentHashMap<>();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		if (!DRIVER_COMMANDS.contains(event.getCommandName())) {
			this.commands.incrementAndGet();
			// A command on a collection names it; one on the database (listCollections:
			// 1)
			// does not.
			BsonValue target = event.getCommand().get(event.getCommandName());
			String collection = (target != null && target.isString()) ? target.asString().getValue() : "";
			this.byTarget.computeIfAbsent(event.getCommandName() + " " + collection, (key) -> new AtomicLong())
				.incrementAndGet();
		}
	}

	/** All commands sent so far. */
	public long count() {
		return this.commands.get();
	}

	/**
	 * Commands of one kind on one collection sent so far, e.g.
	 * {@code count("insert", "auditEvents")}.
	 */
	public long count(String commandName, String collection) {
		AtomicLong count = this.byTarget.get(commandName + " " + collection);
		return (count != null) ? count.get() : 0;
	}

	@Bean
	MongoClientSettingsBuilderCustomizer commandCounterCustomizer() {
		return (settings) -> settings.addCommandListener(this);
	}

}
