package dev.tmrkit.stateful.measure;

import dev.tmrkit.stateful.check.History;
import dev.tmrkit.stateful.check.Outcome;

/**
 * Operation latency of a run, from invocation to acknowledgement, over the operations that completed
 * with an answer (refused, timed-out and unanswered operations have no latency; they are
 * unavailability), in microseconds; and throughput, the answered operations per simulated second of
 * the workload.
 */
public record Latency(LagStats all, LagStats increments, LagStats resets, LagStats reads, double throughput) {
    /** The latencies of {@code h}, whose workload lasted {@code duration} microseconds. */
    public static Latency of(History h, long duration) {
        int n = h.size();
        long[][] samples = new long[3][n];
        int[] count = new int[3];
        long[] all = new long[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            if (h.outcome(i) != Outcome.OK) {
                continue;
            }
            long l = h.completed(i) - h.invoked(i);
            int k = h.kind(i).ordinal();
            samples[k][count[k]++] = l;
            all[total++] = l;
        }
        return new Latency(LagStats.of(all, total), LagStats.of(samples[0], count[0]), LagStats.of(samples[1], count[1]),
                LagStats.of(samples[2], count[2]), duration <= 0 ? 0 : total * 1e6 / duration);
    }
}
