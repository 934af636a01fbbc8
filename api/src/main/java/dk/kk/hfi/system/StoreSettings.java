package dk.kk.hfi.system;

import org.springframework.core.env.Environment;

/**
 * Which store runs, and the defaults that follow from it: without a MongoDB URI the
 * embedded store starts, and with it demo mode and demo data are on unless configured
 * otherwise.
 */
public final class StoreSettings {

	public static final String MONGODB_URI = "spring.mongodb.uri";

	private StoreSettings() {
	}

	public static boolean embedded(Environment environment) {
		return !environment.containsProperty(MONGODB_URI);
	}

	public static boolean demoEnabled(Environment environment) {
		return environment.getProperty("hfi.demo.enabled", Boolean.class, embedded(environment));
	}

	public static boolean seedEnabled(Environment environment) {
		return environment.getProperty("hfi.demo.seed", Boolean.class, embedded(environment));
	}

}
