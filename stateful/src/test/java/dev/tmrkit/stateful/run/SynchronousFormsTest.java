package dev.tmrkit.stateful.run;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.stateful.check.History;
import dev.tmrkit.stateful.check.Outcome;
import dev.tmrkit.stateful.check.Verdict;
import dev.tmrkit.stateful.protocol.Replication;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.run.scenario.Workload;
import dev.tmrkit.stateful.sim.Time;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Synchronous replication in its two forms, parallel quorum and chain, against closed-form latency
 * bounds: with every message delayed 1–3 ms, a client's write costs client → leader → (followers) →
 * leader → client hops, each within [1, 3] ms, and nothing else in a fault-free run delays it.
 */
class SynchronousFormsTest {
    /** The latencies of the acknowledged increments; a synchronous fault-free run must also be linearizable. */
    private static long[] incrementLatencies(Scenario s) {
        History[] h = new History[1];
        RunResult r = Cluster.run(s, null, x -> h[0] = x);
        if (s.replication().synchronous()) {
            assertEquals(Verdict.VALID, r.judgement().verdict(), () -> r.judgement().linearizability().reason());
        } else {
            assertEquals(Verdict.INVALID, r.judgement().verdict(), "asynchronous replication with voted reads reads stale values");
        }
        return java.util.stream.IntStream.range(0, h[0].size())
                .filter(i -> h[0].kind(i) == History.Kind.INCREMENT && h[0].outcome(i) == Outcome.OK)
                .mapToLong(i -> h[0].completed(i) - h[0].invoked(i)).toArray();
    }

    private static void within(long[] latencies, int hops) {
        assertTrue(latencies.length > 100);
        long min = Arrays.stream(latencies).min().orElseThrow();
        long max = Arrays.stream(latencies).max().orElseThrow();
        assertTrue(min >= hops * Time.MS && max <= 3L * hops * Time.MS, hops + " hops: latencies in [" + min + ", " + max + "] us");
    }

    @Test
    void latencyCountsTheHopsOfEachForm() {
        Scenario.Builder b = Scenarios.small(5);
        within(incrementLatencies(b.replication(Replication.ASYNC).build()), 2);
        within(incrementLatencies(b.replication(Replication.SYNC).quorums(0, 3).build()), 4);
        // chain, W = 3: leader -> n1 -> leader -> n2 -> leader, one after another
        long[] chain = incrementLatencies(b.replication(Replication.CHAIN).quorums(0, 3).build());
        within(chain, 6);
        assertTrue(Arrays.stream(chain).max().orElseThrow() > 12 * Time.MS, "some chain write exceeds what 4 hops can take");
    }

    @Test
    void aParallelQuorumOfTwoWaitsForTheFasterFollowerAndAChainOfTwoForTheFirst() {
        Scenario.Builder b = Scenarios.small(9);
        long[] parallel2 = incrementLatencies(b.replication(Replication.SYNC).quorums(0, 2).build());
        long[] parallel3 = incrementLatencies(b.replication(Replication.SYNC).quorums(0, 3).build());
        long[] chain2 = incrementLatencies(b.replication(Replication.CHAIN).quorums(0, 2).build());
        assertEquals(parallel2.length, parallel3.length, "the same workload, every write acknowledged");
        // the faster of two is never slower than both: the W=2 median is below the W=3 median, chain W=2 above parallel W=2
        assertTrue(median(parallel2) < median(parallel3));
        assertTrue(median(parallel2) < median(chain2));
    }

    @Test
    void chainReplicationWithAMajorityAliveLosesNoAcknowledgedIncrement() {
        qt().withExamples(15).forAll(Scenarios.seeds()).checkAssert(seed -> {
            Scenario s = Scenarios.small(seed).replication(Replication.CHAIN).workload(Workload.DEFAULT.withRate(200).withMix(0.6, 0))
                    .faults(java.util.List.of(dev.tmrkit.stateful.sim.fault.Fault.Crash.stop(1, 700 * Time.MS))).build();
            RunResult r = Cluster.run(s);
            assertEquals(0, r.check().lostIncrements(), () -> r.check().toString());
            assertEquals(0, r.judgement().readsLosing(), () -> r.judgement().toString());
        });
    }

    private static long median(long[] v) {
        long[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
