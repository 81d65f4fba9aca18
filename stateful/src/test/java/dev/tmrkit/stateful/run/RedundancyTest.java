package dev.tmrkit.stateful.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.stateful.check.CheckResult;
import dev.tmrkit.stateful.check.History;
import dev.tmrkit.stateful.check.Outcome;
import dev.tmrkit.stateful.protocol.Mode;
import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.protocol.Transfer;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.run.scenario.Workload;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.fault.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Static redundancy masks what TMR masks and nothing more; dynamic redundancy detects, replaces and re-elects. */
class RedundancyTest {
    private static final long CRASH = Time.S;
    private static final Workload NO_RESETS = Workload.DEFAULT.withRate(200).withMix(0.6, 0);

    /** Writes invoked from {@code from} on, and how many of them were acknowledged. */
    private static long[] writesFrom(Scenario s, long from) {
        long[] counts = new long[2];
        Cluster.run(s, null, h -> {
            for (int i = 0; i < h.size(); i++) {
                if (h.kind(i) != History.Kind.READ && h.invoked(i) >= from) {
                    counts[0]++;
                    counts[1] += h.outcome(i) == Outcome.OK ? 1 : 0;
                }
            }
        });
        return counts;
    }

    @Test
    void aLeaderCrashStopsWritesInStaticRedundancyAndCostsDynamicRedundancyOneSpareAndAnElection() {
        Scenario s = Scenarios.small(3).faults(List.of(Fault.Crash.stop(0, CRASH))).build();
        long[] stat = writesFrom(s.with(Redundancy.STATIC), CRASH + 200 * Time.MS);
        long[] dyn = writesFrom(s.with(Redundancy.DYNAMIC), CRASH + 200 * Time.MS);
        assertTrue(stat[0] > 50);
        assertEquals(0, stat[1], "no leader, no writes");
        assertEquals(dyn[0], dyn[1], "every write after the failover is acknowledged");
        RunResult d = Cluster.run(s.with(Redundancy.DYNAMIC));
        assertEquals(1, d.sparesConsumed());
        assertTrue(d.viewChanges() >= 1);
        assertTrue(d.converged() && d.check().valid() && d.check().finalAvailable(), d::toString);
        RunResult st = Cluster.run(s.with(Redundancy.STATIC));
        assertEquals(0, st.sparesConsumed());
        assertEquals(0, st.viewChanges());
    }

    @Test
    void aFlippedFollowerIsOutvotedItStaysWrongInStaticLogReplicationAndIsReplacedInDynamic() {
        Fault flip = new Fault.Flip(2, CRASH, 4);
        Scenario s = Scenarios.small(4).mode(Mode.LOG).idempotent(true).workload(NO_RESETS).faults(List.of(flip)).build();
        RunResult st = Cluster.run(s.with(Redundancy.STATIC));
        assertTrue(st.check().valid(), "the voter masks one wrong replica: " + st.check());
        long healthy = st.replicas().get(0).value();
        assertEquals(healthy, st.replicas().get(1).value());
        assertEquals(16, Math.abs(st.replicas().get(2).value() - healthy), "log shipping never repairs the flipped bit");
        RunResult dyn = Cluster.run(s.with(Redundancy.DYNAMIC));
        assertTrue(dyn.check().valid(), dyn.check()::toString);
        assertEquals(1, dyn.sparesConsumed(), "the voter reported the outvoted replica; a spare replaced it");
        assertTrue(!dyn.replicas().get(2).member() && dyn.converged(), dyn.replicas()::toString);
    }

    @Test
    void stateShippingRepairsAFlippedFollowerButSpreadsAFlippedLeader() {
        Scenario follower = Scenarios.small(6).mode(Mode.STATE).faults(List.of(new Fault.Flip(2, CRASH, 4))).build();
        RunResult f = Cluster.run(follower);
        assertTrue(f.check().valid() && f.converged(), "the next shipped state overwrites the flip: " + f.replicas());
        Scenario leader = Scenarios.small(6).mode(Mode.STATE).workload(NO_RESETS)
                .faults(List.of(new Fault.Flip(0, CRASH, 20))).build();
        CheckResult c = Cluster.run(leader).check();
        assertTrue(c.inflatedReads() > 0 || c.staleReads() > 0, "the voter cannot mask a corruption every replica copied: " + c);
        Scenario logLeader = leader.toBuilder().mode(Mode.LOG).idempotent(true).build();
        assertTrue(Cluster.run(logLeader).check().valid(), "shipping operations leaves the corruption with the leader, outvoted");
    }

    @Test
    void aRecoveredReplicaWithoutItsStateGetsATransferInDynamicRedundancy() {
        for (Transfer t : Transfer.values()) {
            Scenario s = Scenarios.small(8).mode(Mode.LOG).idempotent(true).transfer(t).redundancy(Redundancy.DYNAMIC)
                    .faults(List.of(new Fault.Crash(1, CRASH, CRASH + 30 * Time.MS, false))).build();
            RunResult r = Cluster.run(s);
            assertTrue(r.transfers() >= 1, t + ": " + r);
            assertEquals(0, r.sparesConsumed(), "back before the failure timeout: no replacement");
            assertTrue(r.converged() && r.replicas().get(1).active() && r.check().valid(), r.replicas()::toString);
        }
        Scenario staticVolatile = Scenarios.small(8).mode(Mode.LOG).idempotent(true).workload(NO_RESETS)
                .faults(List.of(new Fault.Crash(1, CRASH, CRASH + 30 * Time.MS, false))).build();
        RunResult st = Cluster.run(staticVolatile);
        assertNotEquals(st.replicas().get(0).value(), st.replicas().get(1).value(), "static: it restarts from 0 and stays behind");
        assertTrue(st.check().valid(), "masked by the other two");
    }
}
