package dk.kk.hfi.common;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Optimistic-locking checks shared by every mutation that changes an existing document.
 */
public final class Versions {

	private Versions() {
	}

	/** Rejects a change based on a stale read with {@code CONFLICT}. */
	public static void requireCurrent(@Nullable Long stored, long expected, String what) {
		if (!Objects.equals(stored, expected)) {
			throw HfiException.conflict(what);
		}
	}

}
