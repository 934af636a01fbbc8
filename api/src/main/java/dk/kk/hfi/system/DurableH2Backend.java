package dk.kk.hfi.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 (MVStore) backend of mongo-java-server made durable: a write is on disk before
 * it is acknowledged.
 * <p>
 * Out of the box the backend opens its MVStore with the default auto-commit (a background
 * thread commits about once a second) and never commits on its own, so a process killed
 * with SIGKILL loses up to a second of acknowledged writes; and because that background
 * commit can fall between the document map and the index maps of one insert, it may even
 * keep half a write. Here the store is opened with auto-commit off and:
 * <ul>
 * <li>every command that may change data runs under one write lock (writes are
 * serialized, reads are not), so a commit never sees half a write;</li>
 * <li>before a write is answered, a commit covering it has completed and been forced to
 * disk ({@code fsync}); commits are grouped: while one thread syncs, the writes arriving
 * meanwhile are committed together by the next;</li>
 * <li>the background housekeeping that auto-commit would have done (rewriting sparse
 * chunks so the file does not grow) runs every {@value #HOUSEKEEPING_COMMITS} commits,
 * under the write lock.</li>
 * </ul>
 * Every synced commit appends a chunk holding the changed pages of every map the write
 * touched (the collection and each index: some 35-50 KiB for one audit event), and
 * MVStore only reuses a chunk's space once nothing in it is live, so between compactions
 * the file grows by tens of KiB per write. {@link #compact()} rewrites the live pages
 * into full chunks, moves them to the start of the file and truncates it, online, on a
 * schedule ({@link EmbeddedStoreCompaction}). Moving chunks in place does not always
 * reach the end of the file (measured by the benchmark's target 7: 2000 audited reads
 * over HTTP left 78 MB that a copy of the live pages holds in 6 MB), so a clean close,
 * and a backup of a file less than half full, also write a copy of only the live pages
 * ({@link MVStoreTool#compact}), replacing the file by rename; {@link #open} finishes or
 * discards a copy that a crash interrupted.
 */
final class DurableH2Backend extends H2Backend {

	private static final Logger logger = LoggerFactory.getLogger(DurableH2Backend.class);

	static final int HOUSEKEEPING_COMMITS = 256;

	/**
	 * Below this share of live data (percent), a backup keeps only the live pages of its
	 * copy.
	 */
	static final int SPARSE_FILL_RATE = 50;

	/**
	 * How long one compaction may take, in milliseconds; writes wait meanwhile (reads go
	 * on).
	 */
	static final int MAX_COMPACTION_MILLIS = 2000;

	/**
	 * Commands that never change data (lower case); every other command takes the write
	 * path.
	 */
	private static final Set<String> READ_ONLY = Set.of("find", "getmore", "count", "distinct", "listcollections",
			"listindexes", "listdatabases", "ismaster", "hello", "ping", "buildinfo", "serverstatus", "dbstats",
			"collstats", "killcursors", "endsessions", "getlasterror", "whatsmyuri", "connectionstatus", "hostinfo",
			"getcmdlineopts", "getfreemonitoringstatus", "getlog", "getparameter", "currentop", "explain");

	private final MVStore store;

	private final Path file;

	private final ReentrantLock writeLock = new ReentrantLock();

	/** Shared by reads, exclusive for compaction. */
	private final ReentrantReadWriteLock readers = new ReentrantReadWriteLock();

	private final Object commitMonitor = new Object();

	/** Writes applied (guarded by the write lock). */
	private long written;

	/** Writes known to be committed and synced (guarded by the commit monitor). */
	private long committed;

	private long commits;

	private DurableH2Backend(MVStore store, Path file) {
		super(store);
		this.store = store;
		this.file = file;
	}

	static DurableH2Backend open(Path file) {
		MVStoreTool.compactCleanUp(file.toString());
		MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
		// MVStore keeps dead chunks 45 s in case the OS has not flushed them yet; every
		// commit here is synced.
		return new DurableH2Backend(store, file);
	}

	/**
	 * Copies the store, as of now, to {@code target}, online: writes wait while the file
	 * is copied (reads go on). With every applied write committed and no write running,
	 * the file holds a complete store, the same state a clean shutdown would leave. A
	 * copy of a file less than half full keeps only its live pages; the copy is synced
	 * under a temporary name, then renamed, so {@code target} is either absent or
	 * complete.
	 */
	void backupTo(Path target) throws IOException {
		Path partial = target.resolveSibling(target.getFileName() + ".part");
		boolean sparse = holdingWrites(() -> {
			if (this.store.hasUnsavedChanges()) {
				this.store.commit();
			}
			this.store.sync();
			this.committed = this.written;
			Files.copy(this.file, partial, StandardCopyOption.REPLACE_EXISTING);
			return this.store.getFillRate() < SPARSE_FILL_RATE;
		});
		// Outside the lock: writes go on while the copy keeps only its live pages.
		if (sparse) {
			compactCopy(partial);
		}
		try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Compacts the file online: reads and writes wait while live pages are rewritten and
	 * moved and the file is truncated (tens of milliseconds for the demo store). Returns
	 * the file's size afterwards.
	 */
	long compact() throws IOException {
		return holdingWrites(() -> {
			compactHoldingWrites();
			this.committed = this.written;
			return Files.size(this.file);
		});
	}

	/**
	 * Runs the work on the open store with the commit monitor and the write lock held.
	 */
	private <T> T holdingWrites(StoreWork<T> work) throws IOException {
		synchronized (this.commitMonitor) {
			this.writeLock.lock();
			try {
				if (this.store.isClosed()) {
					throw new IOException("The store is closed");
				}
				return work.run();
			}
			finally {
				this.writeLock.unlock();
			}
		}
	}

	/**
	 * Commits what is applied, compacts and syncs; the caller holds the commit monitor
	 * and the write lock. Reads wait too: MVStore keeps old versions (5) and dead chunks
	 * (45 s) for readers that may still walk them, and only with neither kept does
	 * compaction reach the live data, so no reader may run meanwhile.
	 */
	private void compactHoldingWrites() {
		this.readers.writeLock().lock();
		int retention = this.store.getRetentionTime();
		int versions = this.store.getVersionsToKeep();
		try {
			if (this.store.hasUnsavedChanges()) {
				this.store.commit();
			}
			this.store.setRetentionTime(0);
			this.store.setVersionsToKeep(0);
			// Live pages out of sparse chunks (so those chunks are dead), then chunks
			// moved down and the file cut.
			this.store.compact(100, Integer.MAX_VALUE);
			if (this.store.hasUnsavedChanges()) {
				this.store.commit();
			}
			this.store.compactFile(MAX_COMPACTION_MILLIS);
			if (this.store.hasUnsavedChanges()) {
				this.store.commit();
			}
			this.store.sync();
		}
		finally {
			this.store.setRetentionTime(retention);
			this.store.setVersionsToKeep(versions);
			this.readers.writeLock().unlock();
		}
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		if (readOnly(command, query)) {
			this.readers.readLock().lock();
			try {
				return super.handleCommand(channel, databaseName, command, query);
			}
			finally {
				this.readers.readLock().unlock();
			}
		}
		long mine;
		this.writeLock.lock();
		try {
			return super.handleCommand(channel, databaseName, command, query);
		}
		finally {
			// Also after a failure: part of a write may have been applied (say, the first
			// documents of an insert).
			mine = ++this.written;
			this.writeLock.unlock();
			awaitCommit(mine);
		}
	}

	private static boolean readOnly(String command, Document query) {
		String name = command.toLowerCase(Locale.ROOT);
		if (name.equals("aggregate")) {
			return !(query.get("pipeline") instanceof List<?> pipeline) || pipeline.stream()
				.noneMatch((stage) -> stage instanceof Document document
						&& (document.containsKey("$out") || document.containsKey("$merge")));
		}
		return READ_ONLY.contains(name);
	}

	/**
	 * Returns once the write numbered {@code mine} is committed and on disk; one thread
	 * commits for all waiting.
	 */
	private void awaitCommit(long mine) {
		synchronized (this.commitMonitor) {
			if (this.committed >= mine || this.store.isClosed()) {
				return;
			}
			long upTo;
			this.writeLock.lock();
			try {
				upTo = this.written;
				if (this.store.hasUnsavedChanges()) {
					this.store.commit();
				}
				if (++this.commits % HOUSEKEEPING_COMMITS == 0) {
					housekeeping();
				}
			}
			finally {
				this.writeLock.unlock();
			}
			// Outside the write lock: writes go on while the disk syncs, and the next
			// commit takes them together.
			this.store.sync();
			this.committed = upTo;
		}
	}

	/**
	 * Rewrites sparse chunks (what auto-commit's background thread would do), then
	 * commits.
	 */
	private void housekeeping() {
		if (this.store.compact(80, 1024 * 1024) && this.store.hasUnsavedChanges()) {
			this.store.commit();
		}
	}

	@Override
	public void close() {
		synchronized (this.commitMonitor) {
			this.writeLock.lock();
			try {
				if (!this.store.isClosed()) {
					try {
						compactHoldingWrites();
					}
					catch (RuntimeException ex) {
						// Closing matters more than a small file: the next clean stop or
						// backup compacts.
					}
				}
				super.close();
				compactCopy(this.file);
			}
			finally {
				this.writeLock.unlock();
			}
		}
	}

	/**
	 * Replaces the file of a closed store by a copy of its live pages (a temporary file,
	 * then a rename).
	 */
	private static void compactCopy(Path file) {
		try {
			long before = Files.size(file);
			MVStoreTool.compact(file.toString(), false);
			logger.info("Compacted {} from {} to {} bytes", file.getFileName(), before, Files.size(file));
		}
		catch (IOException | RuntimeException ex) {
			// The file stays as it was, complete: the next clean stop or backup tries
			// again.
			logger.warn("Not compacted {}: {}", file.getFileName(), ex.getClass().getName());
		}
	}

	@FunctionalInterface
	private interface StoreWork<T> {

		T run() throws IOException;

	}

}
