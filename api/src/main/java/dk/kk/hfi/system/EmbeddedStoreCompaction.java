package dk.kk.hfi.system;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Compacts the embedded file store online every {@code hfi.store.compaction.interval}:
 * between compactions each synced write leaves tens of KiB of dead chunks behind, after
 * one the file holds about the live data.
 */
class EmbeddedStoreCompaction {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedStoreCompaction.class);

	private final DurableH2Backend backend;

	EmbeddedStoreCompaction(DurableH2Backend backend) {
		this.backend = backend;
	}

	@Scheduled(initialDelayString = "${hfi.store.compaction.interval:PT15M}",
			fixedDelayString = "${hfi.store.compaction.interval:PT15M}")
	void compact() {
		try {
			long start = System.nanoTime();
			long size = this.backend.compact();
			logger.info("Store compacted to {} bytes ({} ms)", size, (System.nanoTime() - start) / 1_000_000);
		}
		catch (IOException | RuntimeException ex) {
			logger.error("Store compaction failed: {}", ex.getClass().getName());
		}
	}

}
