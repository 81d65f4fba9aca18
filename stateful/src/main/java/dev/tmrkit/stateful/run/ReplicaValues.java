package dev.tmrkit.stateful.run;

import dev.tmrkit.stateful.run.scenario.Scenario;
import java.util.Arrays;

/**
 * The value each replica (and spare) held over a run, one sample per change: filled by
 * {@link Cluster#run(Scenario, dev.tmrkit.stateful.sim.engine.TraceListener, java.util.function.Consumer, ReplicaValues)}
 * only when asked for, so the plain run pays nothing. A sample is taken after the replica handled an
 * event (a message, a timer, a start, a flip), at that event's time; a crashed replica keeps its last sample.
 */
public final class ReplicaValues {
    private long[][] times = new long[0][];
    private long[][] values = new long[0][];
    private int[] count = new int[0];

    void init(int replicas) {
        times = new long[replicas][16];
        values = new long[replicas][16];
        count = new int[replicas];
    }

    void sample(int replica, long time, long value) {
        int n = count[replica];
        if (n > 0 && values[replica][n - 1] == value) {
            return;
        }
        if (n == times[replica].length) {
            times[replica] = Arrays.copyOf(times[replica], 2 * n);
            values[replica] = Arrays.copyOf(values[replica], 2 * n);
        }
        times[replica][n] = time;
        values[replica][n] = value;
        count[replica]++;
    }

    /** Replicas and spares sampled, nodes {@code n0..}. */
    public int replicas() {
        return count.length;
    }

    /** Samples of {@code replica}. */
    public int count(int replica) {
        return count[replica];
    }

    /** The times of {@code replica}'s samples, in microseconds, ascending. */
    public long[] times(int replica) {
        return Arrays.copyOf(times[replica], count[replica]);
    }

    /** The values of {@code replica}'s samples. */
    public long[] values(int replica) {
        return Arrays.copyOf(values[replica], count[replica]);
    }
}
