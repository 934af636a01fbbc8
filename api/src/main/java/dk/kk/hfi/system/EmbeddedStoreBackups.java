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

	private final Path directory;

	private final int keep;

	EmbeddedStoreBackups(DurableH2Backend backend, Path directory, int keep) {
		this.backend = backend;
		this.directory = directory;
		this.keep = Math.max(1, keep);
	}

	@Scheduled(initialDelayString = "${hfi.store.backup.interval:PT24H}",
			fixedDelayString = "${hfi.store.backup.interval:PT24H}")
	void backUp() {
		try {
			Files.createDirectories(this.directory);
			Path target = this.directory.resolve("hfi-" + LocalDateTime.now().format(STAMP) + ".mv");
			long start = System.nanoTime();
			this.backend.backupTo(target);
			logger.info("Store backed up to {} ({} bytes, {} ms)", target.toAbsolutePath(), Files.size(target),
					(System.nanoTime() - start) / 1_000_000);
			prune();
		}
		catch (IOException | RuntimeException ex) {
			logger.error("Store backup into {} failed: {}", this.directory.toAbsolutePath(), ex.toString());
		}
	}

	/** The backups present, oldest first. */
	private List<Path> backups() throws IOException {
		if (!Files.isDirectory(this.directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.directory)) {
			return files.filter((file) -> file.getFileName().toString().matches("hfi-\\d{8}-\\d{6}-\\d{3}\\.mv"))
				.sorted()
				.toList();
		}
	}

	private void prune() throws IOException {
		List<Path> backups = backups();
		for (Path old : backups.subList(0, Math.max(0, backups.size() - this.keep))) {
			Files.deleteIfExists(old);
		}
	}

}
