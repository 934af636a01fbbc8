package dk.kk.hfi.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import dk.kk.hfi.HfiApplication;

/**
 * A file store with the demo seeded, made once per test run and copied for each test that
 * starts the application in processes of its own on a new file: the demo goes in through
 * the API, which costs a cold process far more than copying the file. The tests of
 * seeding itself ({@code FileStoreRestartTests}) seed their own.
 */
final class SeededStore {

	private static final String FILE = "hfi.mv";

	private static Path template;

	private SeededStore() {
	}

	/**
	 * Puts a copy of the seeded store into {@code dataDir}; nothing when the suite runs
	 * against a MongoDB server, where the application seeds that database itself.
	 */
	static synchronized void copyInto(Path dataDir) {
		if (!isEmbedded()) {
			return;
		}
		try {
			if (template == null) {
				template = seed();
			}
			Files.copy(template.resolve(FILE), dataDir.resolve(FILE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether the suite runs on the embedded store (no MongoDB URI): only then is the
	 * data a file in the data directory.
	 */
	static boolean isEmbedded() {
		String uri = System.getenv("SPRING_MONGODB_URI");
		return uri == null || uri.isBlank();
	}

	private static Path seed() throws IOException {
		Path dir = Files.createTempDirectory("hfi-seeded-store-");
		// deleteOnExit would leave a directory that is not empty.
		Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dir.toFile())));
		// Closing stops the store cleanly, so the copy is a whole, compact file.
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(HfiApplication.class).run(
				"--server.port=0", "--hfi.store.mode=file", "--hfi.store.data-dir=" + dir, "--hfi.demo.enabled=true",
				"--hfi.demo.seed=true", "--spring.main.banner-mode=off", "--spring.jmx.enabled=false")) {
			return dir;
		}
	}

}
