package dev.tmrkit.stateful.run;

import dev.tmrkit.stateful.check.History;
import dev.tmrkit.stateful.measure.LagRecorder;
import dev.tmrkit.stateful.check.Outcome;
import dev.tmrkit.stateful.protocol.Op;
import dev.tmrkit.stateful.protocol.Probe;
import dev.tmrkit.stateful.protocol.View;
import java.util.Arrays;
import java.util.List;

/** The probe of one run: the history, lag samples, observations and membership changes. */
final class Recorder implements Probe {
    final History history;
    private final WriteHandles handles;
    final LagRecorder lag;
    private final long[][] observedTimes;
    private final long[][] observedValues;
    private final int[] observedCount;
    private final VersionLog versions;
    int viewChanges;
    int sparesUsed;
    int transfers;
    /** Membership events for the compare report's explanations (dynamic redundancy only; a few per fault). */
    final dev.tmrkit.stateful.check.Membership.Builder membership = new dev.tmrkit.stateful.check.Membership.Builder();

    /**
     * Sized for a schedule of {@code operations} client operations of which {@code writes} are writes,
     * and observers reading every {@code periods[i]} (0: watching every change).
     */
    Recorder(int replicaNodes, int replicas, List<Long> periods, long duration, int operations, int writes) {
        this(replicaNodes, replicas, periods, duration, operations, writes, false);
    }

    /** As above; with {@code versions}, also every replica's versions over time and each write's version. */
    Recorder(int replicaNodes, int replicas, List<Long> periods, long duration, int operations, int writes, boolean versions) {
        this.versions = versions ? new VersionLog(replicaNodes, operations + 16) : null;
        long bucket = Math.max(1, duration / 20);
        history = History.withApplications(operations + 16);
        handles = new WriteHandles(writes + 16);
        lag = new LagRecorder(replicaNodes, bucket, 21, writes + 16, replicas);
        int observers = periods.size();
        observedTimes = new long[observers][];
        observedValues = new long[observers][];
        for (int o = 0; o < observers; o++) {
            long p = periods.get(o);
            int expected = (int) Math.min(writes + 16L, p == 0 ? writes + 16L : duration / p + 16);
            observedTimes[o] = new long[expected];
            observedValues[o] = new long[expected];
        }
        observedCount = new int[observers];
    }

    @Override
    public int invoked(int client, long opId, Op op, long time) {
        History.Kind kind = op instanceof Op.Increment ? History.Kind.INCREMENT
                : op instanceof Op.Reset ? History.Kind.RESET : History.Kind.READ;
        int handle = history.invoke(client, kind, op instanceof Op.Increment i ? i.amount() : 0, time);
        if (op.isWrite()) {
            handles.put(opId, handle);
        }
        return handle;
    }

    @Override
    public void writeApplied(long opId, long time) {
        int handle = handles.get(opId);
        if (handle >= 0) {
            history.applied(handle, time);
        }
    }

    @Override
    public void accepted(long opId, long version) {
        int handle = versions == null ? -1 : handles.get(opId);
        if (handle >= 0) {
            versions.accepted(handle, version);
        }
    }

    @Override
    public void version(int replica, long version, long time) {
        if (versions != null) {
            versions.changed(replica, version, time);
        }
    }

    /** The versions recorded, or null if not asked for. */
    VersionLog versions() {
        return versions;
    }

    @Override
    public void completed(int handle, long time, Outcome outcome, long value, long bitwise, boolean voted) {
        history.complete(handle, time, outcome, value, bitwise, voted);
    }

    @Override
    public void applied(int replica, long commitTime, long time, boolean imposed) {
        lag.record(replica, commitTime, time, imposed);
    }

    @Override
    public void observed(int observer, long time, long value) {
        int n = observedCount[observer];
        if (n == observedTimes[observer].length) {
            observedTimes[observer] = Arrays.copyOf(observedTimes[observer], 2 * n);
            observedValues[observer] = Arrays.copyOf(observedValues[observer], 2 * n);
        }
        observedTimes[observer][n] = time;
        observedValues[observer][n] = value;
        observedCount[observer]++;
    }

    @Override
    public void viewChanged(View view, long time, int sparesUsed) {
        viewChanges++;
        this.sparesUsed = sparesUsed;
        membership.view(view, time);
    }

    @Override
    public void transferred(int replica, long time, int entries) {
        transfers++;
        membership.transferred(replica, time);
    }

    @Override
    public void leading(int replica, long time) {
        membership.leading(replica, time);
    }

    long[] observedTimes(int observer) {
        return observedTimes[observer];
    }

    long[] observedValues(int observer) {
        return observedValues[observer];
    }

    int observedCount(int observer) {
        return observedCount[observer];
    }

    /** Operation id to history index of the writes, by open addressing (insertions only, no boxing). */
    private static final class WriteHandles {
        private long[] keys;
        private int[] values;
        private int size;

        WriteHandles(int expected) {
            int n = Integer.highestOneBit(Math.max(16, 2 * expected)) * 2;
            keys = new long[n];
            values = new int[n];
        }

        void put(long key, int value) {
            if (2 * (size + 1) > keys.length) {
                long[] oldKeys = keys;
                int[] oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new int[oldKeys.length * 2];
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != 0) {
                        put(oldKeys[i], oldValues[i]);
                    }
                }
            }
            int i = slot(key);
            if (keys[i] == 0) {
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }

        /** The value of {@code key}, or -1. */
        int get(long key) {
            int i = slot(key);
            return keys[i] == key ? values[i] : -1;
        }

        private int slot(long key) {
            int mask = keys.length - 1;
            long h = key * 0x9E3779B97F4A7C15L;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }
    }
}
