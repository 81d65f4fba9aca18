package dev.tmrkit.stateful.measure;

import java.util.List;

/**
 * Replication lag of a run: over all replicas (all samples, inherent, imposed), and per replica with
 * the largest lag in each time bucket of {@code bucket} microseconds (lag over time).
 */
public record LagReport(LagStats all, LagStats inherent, LagStats imposed, long bucket, List<ReplicaLag> replicas) {
    public LagReport {
        replicas = List.copyOf(replicas);
    }

    /** One replica's lag. */
    public record ReplicaLag(int replica, LagStats all, LagStats inherent, LagStats imposed, List<Long> maxByBucket) {
        public ReplicaLag {
            maxByBucket = List.copyOf(maxByBucket);
        }
    }
}
