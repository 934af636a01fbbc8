package dk.kk.hfi.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded store: {@code file} keeps data in one H2 MVStore file under {@code dataDir};
 * {@code memory} keeps nothing (tests).
 */
@ConfigurationProperties("hfi.store")
public record StoreProperties(Mode mode, Path dataDir) {

	public StoreProperties {
		mode = (mode != null) ? mode : Mode.FILE;
		dataDir = (dataDir != null) ? dataDir : Path.of("data");
	}

	public Path file() {
		return this.dataDir.resolve("hfi.mv");
	}

	public enum Mode {

		FILE, MEMORY

	}

}
