package dev.tmrkit.stateful.replica;

import dev.tmrkit.stateful.protocol.Op;
import dev.tmrkit.stateful.protocol.Snapshot;
import java.util.Arrays;

/**
 * A replica's counter: the value, its version and writer (state-based: last-writer-wins order;
 * log-based: the version counts the operations applied), the commit time of the newest write in it,
 * and optionally the ids applied (idempotent log-based replication) and the log (replay transfers).
 */
final class CounterState {
    long value;
    long version;
    int writer = -1;
    long commitTime;
    private final LongSet ids;
    private long[] logIds;
    private long[] logCodes;
    private int logSize;

    CounterState(boolean idempotent, boolean keepLog) {
        this.ids = idempotent ? new LongSet() : null;
        if (keepLog) {
            logIds = new long[16];
            logCodes = new long[16];
        }
    }

    /** Log-based: applies the operation unless its id was applied before (idempotent only); returns whether it applied. */
    boolean apply(long opId, long code, long commitTime) {
        if (ids != null && !ids.add(opId)) {
            return false;
        }
        value = Op.apply(value, code);
        version++;
        this.commitTime = Math.max(this.commitTime, commitTime);
        if (logIds != null) {
            if (logSize == logIds.length) {
                logIds = Arrays.copyOf(logIds, logSize * 2);
                logCodes = Arrays.copyOf(logCodes, logSize * 2);
            }
            logIds[logSize] = opId;
            logCodes[logSize++] = code;
        }
        return true;
    }

    /** State-based: a local write makes a new version written by {@code self}. */
    void write(long code, int self, long commitTime) {
        value = Op.apply(value, code);
        version++;
        writer = self;
        this.commitTime = commitTime;
    }

    /** State-based: adopts the state if it is newer in (version, writer) order; returns whether it did. */
    boolean adopt(long value, long version, int writer, long commitTime) {
        if (version > this.version || version == this.version && writer > this.writer) {
            this.value = value;
            this.version = version;
            this.writer = writer;
            this.commitTime = commitTime;
            return true;
        }
        return false;
    }

    Snapshot snapshot() {
        long[] applied = ids == null ? new long[0] : ids.toSortedArray();
        long[] li = logIds == null ? new long[0] : Arrays.copyOf(logIds, logSize);
        long[] lc = logCodes == null ? new long[0] : Arrays.copyOf(logCodes, logSize);
        return new Snapshot(value, version, writer, commitTime, applied, li, lc);
    }

    /**
     * Installs a transferred state: a copy of the snapshot, or (replay) the empty counter with the
     * snapshot's log applied entry by entry. Returns the number of entries replayed.
     */
    int install(Snapshot s, boolean replay) {
        if (ids != null) {
            ids.clear();
        }
        logSize = 0;
        if (replay) {
            value = 0;
            version = 0;
            commitTime = 0;
            for (int i = 0; i < s.logIds().length; i++) {
                apply(s.logIds()[i], s.logCodes()[i], s.commitTime());
            }
            writer = s.writer();
            return s.logIds().length;
        }
        value = s.value();
        version = s.version();
        writer = s.writer();
        commitTime = s.commitTime();
        if (ids != null) {
            for (long id : s.ids()) {
                ids.add(id);
            }
        }
        if (logIds != null) {
            logIds = Arrays.copyOf(s.logIds(), Math.max(16, s.logIds().length));
            logCodes = Arrays.copyOf(s.logCodes(), Math.max(16, s.logCodes().length));
            logSize = s.logIds().length;
        }
        return 0;
    }
}
