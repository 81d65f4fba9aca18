package dev.tmrkit.stateful.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Replication lag: for each update a replica applies, the time from its commit at its origin to its
 * application there. A sample is inherent when the update came by normal propagation, imposed when a
 * fault shaped its path: a retransmission, a network-impaired delivery (injected delay, reordering,
 * duplicate) or a state transfer. Samples are also kept per time bucket, for lag over time.
 */
public final class LagRecorder {
    private final int replicas;
    private final long bucket;
    private final int buckets;
    private final long[][] inherent;
    private final long[][] imposed;
    private final int[] inherentCount;
    private final int[] imposedCount;
    private final long[][] maxByBucket;

    /** Lag of replicas {@code 0..replicas-1} over {@code buckets} buckets of {@code bucket} microseconds. */
    public LagRecorder(int replicas, long bucket, int buckets) {
        this(replicas, bucket, buckets, 16);
    }

    /** As above, with room for {@code expected} inherent samples per replica before growing (16 for the rest). */
    public LagRecorder(int replicas, long bucket, int buckets, int expected) {
        this(replicas, bucket, buckets, expected, replicas);
    }

    /** As above, presized only for the first {@code presized} replicas (spares seldom apply anything). */
    public LagRecorder(int replicas, long bucket, int buckets, int expected, int presized) {
        if (replicas < 1 || bucket < 1 || buckets < 1) {
            throw new IllegalArgumentException("need replicas, bucket length and bucket count >= 1");
        }
        this.replicas = replicas;
        this.bucket = bucket;
        this.buckets = buckets;
        inherent = new long[replicas][];
        imposed = new long[replicas][16];
        for (int r = 0; r < replicas; r++) {
            inherent[r] = new long[r < presized ? Math.max(16, expected) : 16];
        }
        inherentCount = new int[replicas];
        imposedCount = new int[replicas];
        maxByBucket = new long[replicas][buckets];
    }

    /** Replica {@code replica} applied at {@code time} an update committed at {@code commitTime}. */
    public void record(int replica, long commitTime, long time, boolean isImposed) {
        long lag = Math.max(0, time - commitTime);
        if (isImposed) {
            imposed[replica] = add(imposed[replica], imposedCount[replica]++, lag);
        } else {
            inherent[replica] = add(inherent[replica], inherentCount[replica]++, lag);
        }
        int b = (int) Math.min(buckets - 1, time / bucket);
        maxByBucket[replica][b] = Math.max(maxByBucket[replica][b], lag);
    }

    private static long[] add(long[] a, int i, long v) {
        long[] out = i == a.length ? Arrays.copyOf(a, a.length * 2) : a;
        out[i] = v;
        return out;
    }

    /** The report: all samples, split by cause, per replica, and the largest lag per bucket per replica. */
    public LagReport report() {
        List<LagReport.ReplicaLag> per = new ArrayList<>();
        long[] allInherent = new long[Arrays.stream(inherentCount).sum()];
        long[] allImposed = new long[Arrays.stream(imposedCount).sum()];
        int ai = 0, am = 0;
        for (int r = 0; r < replicas; r++) {
            System.arraycopy(inherent[r], 0, allInherent, ai, inherentCount[r]);
            System.arraycopy(imposed[r], 0, allImposed, am, imposedCount[r]);
            ai += inherentCount[r];
            am += imposedCount[r];
            long[] both = new long[inherentCount[r] + imposedCount[r]];
            System.arraycopy(inherent[r], 0, both, 0, inherentCount[r]);
            System.arraycopy(imposed[r], 0, both, inherentCount[r], imposedCount[r]);
            per.add(new LagReport.ReplicaLag(r, LagStats.of(both, both.length),
                    LagStats.of(inherent[r].clone(), inherentCount[r]), LagStats.of(imposed[r].clone(), imposedCount[r]),
                    Arrays.stream(maxByBucket[r]).boxed().toList()));
        }
        long[] all = new long[ai + am];
        System.arraycopy(allInherent, 0, all, 0, ai);
        System.arraycopy(allImposed, 0, all, ai, am);
        return new LagReport(LagStats.of(all, all.length), LagStats.of(allInherent, ai), LagStats.of(allImposed, am),
                bucket, per);
    }
}
