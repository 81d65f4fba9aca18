package dev.tmrkit.stateful.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.stateful.check.History;
import dev.tmrkit.stateful.check.Outcome;
import dev.tmrkit.stateful.protocol.Replication;
import dev.tmrkit.stateful.protocol.Topology;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.fault.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lag from acknowledgement, against what the faults imply. */
class AckLagTest {
    private static final long END_OF_WORKLOAD = 2 * Time.S;

    @Test
    void aTwoSecondPartitionImposesAboutTwoSecondsOfLagOnTheFollowerCutOffAndNoneElsewhere() {
        Scenario s = Scenarios.small(1).duration(4 * Time.S)
                .faults(List.of(new Fault.Partition(List.of(List.of(0, 1), List.of(2)), Time.S, 3 * Time.S))).build();
        AckLag a = AckLag.of(s);
        assertTrue(a.twinRun());
        AckLag.ReplicaAckLag cut = a.replicas().get(2);
        // a write acknowledged just after the cut reaches n2 only after the heal: its lag is the partition's length, less
        // the first write's delay after the start, plus the first write's delay after the heal (a few ms each at 200 ops/s)
        assertTrue(cut.imposed().max() > 1900 * Time.MS && cut.imposed().max() <= 2 * Time.S + 100 * Time.MS, cut.toString());
        assertEquals(0, a.replicas().get(1).imposed().max(), "n1 stays with the leader");
        assertEquals(0, a.replicas().get(0).lag().max(), "the leader holds every write it acknowledges");
    }

    @Test
    void aCrashedFollowerLagsUntilTheRunEndsForEveryWriteAfterItsCrash() {
        long crash = Time.S;
        Scenario s = Scenarios.small(2).faults(List.of(Fault.Crash.stop(2, crash))).build();
        AckLag a = AckLag.of(s);
        History[] h = new History[1];
        Cluster.run(s, null, x -> h[0] = x);
        int after = 0, around = 0;
        for (int i = 0; i < h[0].size(); i++) {
            if (h[0].kind(i) != History.Kind.READ && h[0].outcome(i) == Outcome.OK) {
                after += h[0].invoked(i) > crash ? 1 : 0;
                around += h[0].invoked(i) > crash - s.timing().opTimeout() ? 1 : 0;
            }
        }
        AckLag.ReplicaAckLag dead = a.replicas().get(2);
        assertTrue(dead.neverReceived() >= after && dead.neverReceived() <= around, dead + " vs " + after + ".." + around);
        long end = s.duration() + s.settle();
        assertTrue(dead.lag().max() > end - crash - 10 * Time.MS && dead.lag().max() <= end - crash, dead.toString());
    }

    @Test
    void withoutFaultsThereIsNoTwinAndNoImposedLagAndAsynchronousLagsWhereSynchronousDoesNot() {
        AckLag sync = AckLag.of(Scenarios.small(3).replication(Replication.SYNC).quorums(0, 3).build());
        AckLag async = AckLag.of(Scenarios.small(3).replication(Replication.ASYNC).build());
        for (AckLag a : List.of(sync, async)) {
            assertFalse(a.twinRun());
            assertEquals(0, a.imposed().max());
            assertEquals(a.all(), a.inherent());
        }
        assertEquals(0, sync.all().max(), "W = N: every replica holds a write before it is acknowledged");
        assertTrue(async.all().p99() >= Time.MS, "acknowledged before shipping: " + async.all());
    }

    @Test
    void lagIsNotDefinedWithoutASingleLeader() {
        assertFalse(AckLag.of(Scenarios.small(1).topology(Topology.MULTI_LEADER).build()).defined());
    }
}
