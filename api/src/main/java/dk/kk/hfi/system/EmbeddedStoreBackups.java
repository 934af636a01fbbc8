package dk.kk.hfi.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Online backups of the embedded file store: every {@code hfi.store.backup.interval} a
 * consistent copy of the store file goes into the backup directory as
 * {@code hfi-<yyyyMMdd-HHmmss-SSS>.mv} (named when it starts), and only the newest
 * {@code hfi.store.backup.keep} are kept. Restoring one is putting it in place as
 * {@code hfi.mv} while the server is stopped (see docs/store.md).
 */
class EmbeddedStoreBackups {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedStoreBackups.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

	private final DurableH2Backend backend;

	private final StoreProperties properties;

	EmbeddedStoreBackups(DurableH2Backend backend, StoreProperties properties) {
		this.backend = backend;
		this.properties = properties;
	}

	@Scheduled(initialDelayString = "${hfi.store.backup.interval:PT24H}",
			fixedDelayString = "${hfi.store.backup.interval:PT24H}")
	void backUp() {
		Path directory = this.properties.backupDir();
		try {
			Files.createDirectories(directory);
			Path target = directory.resolve("hfi-" + LocalDateTime.now().format(STAMP) + ".mv");
			long start = System.nanoTime();
			this.backend.backupTo(target);
			logger.info("Store backed up to {} ({} bytes, {} ms)", target.toAbsolutePath(), Files.size(target),
					(System.nanoTime() - start) / 1_000_000);
			prune(directory);
		}
		catch (IOException | RuntimeException ex) {
			logger.error("Store backup into {} failed: {}", directory.toAbsolutePath(), ex.toString());
		}
	}

	/** The backups present, oldest first. */
	private static List<Path> backups(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.getFileName().toString().matches("hfi-\\d{8}-\\d{6}-\\d{3}\\.mv"))
				.sorted()
				.toList();
		}
	}

	private void prune(Path directory) throws IOException {
		List<Path> backups = backups(directory);
		for (Path old : backups.subList(0, Math.max(0, backups.size() - this.properties.backup().keep()))) {
			Files.deleteIfExists(old);
		}
	}

}
