package dev.tmrkit.stateful.protocol;

import dev.tmrkit.stateful.sim.Digest;

/**
 * A replica's state as it travels in a state transfer: value, version and writer (the LWW order),
 * when the newest write in it was committed, the ids of the operations applied (for idempotent
 * log-based replication; else empty) and, for replay transfers, the log as parallel arrays of ids and
 * {@link Op#code() codes}. Arrays are never modified after construction.
 */
public record Snapshot(long value, long version, int writer, long commitTime, long[] ids, long[] logIds, long[] logCodes) {
    public long digest() {
        long h = Digest.of(40, value, version, writer, commitTime);
        h = Digest.mixAll(h, ids);
        return Digest.mixAll(h, logCodes);
    }

    /** Whether this state is newer than {@code (version, writer)} in last-writer-wins order. */
    public boolean newerThan(long otherVersion, int otherWriter) {
        return version > otherVersion || version == otherVersion && writer > otherWriter;
    }

    @Override
    public String toString() {
        return "Snapshot[value=" + value + ", version=" + version + ", writer=" + writer + ", ids=" + ids.length
                + ", log=" + logIds.length + "]";
    }
}
