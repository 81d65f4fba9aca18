package dev.tmrkit.stateful.run;

import dev.tmrkit.stateful.check.History;
import dev.tmrkit.stateful.check.LagRecorder;
import dev.tmrkit.stateful.check.Outcome;
import dev.tmrkit.stateful.protocol.Op;
import dev.tmrkit.stateful.protocol.Probe;
import dev.tmrkit.stateful.protocol.View;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** The probe of one run: the history, lag samples, observations and membership changes. */
final class Recorder implements Probe {
    final History history;
    private final Map<Long, Integer> handles = new HashMap<>();
    final LagRecorder lag;
    private final long[][] observedTimes;
    private final long[][] observedValues;
    private final int[] observedCount;
    int viewChanges;
    int sparesUsed;
    int transfers;

    /**
     * Sized for a schedule of {@code operations} client operations of which {@code writes} are writes,
     * and observers reading every {@code periods[i]} (0: watching every change).
     */
    Recorder(int replicaNodes, int replicas, List<Long> periods, long duration, int operations, int writes) {
        long bucket = Math.max(1, duration / 20);
        history = History.withApplications(operations + 16);
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
        Integer handle = handles.get(opId);
        if (handle != null) {
            history.applied(handle, time);
        }
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
    }

    @Override
    public void transferred(int replica, long time, int entries) {
        transfers++;
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
}
