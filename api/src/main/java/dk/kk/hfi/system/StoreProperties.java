package dk.kk.hfi.system;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded store: {@code file} keeps data in one H2 MVStore file under
 * {@code dataDir}; {@code memory} keeps nothing (tests). The file store is backed up
 * online into {@code backup.dir}, keeping the newest {@code backup.keep} copies (how
 * often: {@code hfi.store.backup.interval}, read by {@link EmbeddedStoreBackups}'s
 * schedule). The store listens on loopback {@code port} (0: any free port); a fixed port
 * lets a second API process on the same machine use it as its {@code SPRING_MONGODB_URI}.
 */
@ConfigurationProperties("hfi.store")
public record StoreProperties(@DefaultValue("file") Mode mode, @DefaultValue("data") Path dataDir,
		@DefaultValue Backup backup, int port) {

	public Path file() {
		return this.dataDir.resolve("hfi.mv");
	}

	public Path backupDir() {
		return (this.backup.dir() != null) ? this.backup.dir() : this.dataDir.resolve("backups");
	}

	public enum Mode {

		FILE, MEMORY

	}

	/**
	 * Online backups of the file store ({@code hfi.store.backup.enabled=false} turns them
	 * off).
	 */
	public record Backup(@Nullable Path dir, @DefaultValue("7") int keep) {

		public Backup {
			keep = Math.max(1, keep);
		}

	}

}
