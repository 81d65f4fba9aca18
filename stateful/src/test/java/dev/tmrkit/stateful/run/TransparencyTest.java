package dev.tmrkit.stateful.run;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.tmrkit.stateful.check.Linearizability;
import dev.tmrkit.stateful.check.Verdict;
import dev.tmrkit.stateful.protocol.Mode;
import dev.tmrkit.stateful.protocol.Replication;
import dev.tmrkit.stateful.protocol.Topology;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.fault.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client library hides the replicas: its results against a single correct counter's, call by call. */
class TransparencyTest {
    /** Calls: 0 read, 1..3 increment by that much, 4 reset; each followed by 0..19 ms of idle time. */
    private static int same(ReplicatedCounter replicated, List<Integer> calls) {
        SingleCounter single = new SingleCounter();
        int same = 0;
        for (int call : calls) {
            int what = call % 5;
            ReplicatedCounter.Reply a = what == 0 ? replicated.read() : what == 4 ? replicated.reset() : replicated.increment(what);
            ReplicatedCounter.Reply b = what == 0 ? single.read() : what == 4 ? single.reset() : single.increment(what);
            same += a.sameResultAs(b) ? 1 : 0;
            if (!a.ok() && what != 0) {
                // the reference follows what the replicas may have done: re-read them to stay comparable
                ReplicatedCounter.Reply now = replicated.read();
                single.reset();
                if (now.ok() && now.value() > 0) {
                    single.increment(now.value());
                }
            }
            replicated.idle(call / 5 * Time.MS);
        }
        return same;
    }

    @Test
    void faultFreeSynchronousReplicationIsTransparent() {
        qt().withExamples(15).forAll(Scenarios.seeds(), lists().of(integers().between(0, 99)).ofSizeBetween(1, 60))
                .checkAssert((seed, calls) -> {
                    for (Scenario s : List.of(Scenarios.small(seed).build(), Scenarios.small(seed).replication(Replication.CHAIN).build(),
                            Scenarios.small(seed).topology(Topology.LEADERLESS).mode(Mode.CRDT).quorums(2, 2).build())) {
                        SimulatedCounter c = new SimulatedCounter(s);
                        assertEquals(calls.size(), same(c, calls), s.replication() + " " + s.mode());
                        assertEquals(Verdict.VALID, Linearizability.check(c.history()).verdict());
                    }
                });
    }

    @Test
    void asynchronousReplicationLosingItsLeaderIsNot() {
        // the leader acknowledges at once and dies before shipping; static redundancy then reads the followers
        Scenario s = Scenarios.small(3).replication(Replication.ASYNC).timing(
                        dev.tmrkit.stateful.protocol.Timing.DEFAULT.withShip(50 * Time.MS))
                .faults(List.of(Fault.Crash.stop(0, 30 * Time.MS))).build();
        SimulatedCounter c = new SimulatedCounter(s);
        assertTrue(c.increment(2).ok(), "acknowledged by the leader alone");
        c.idle(40 * Time.MS);
        ReplicatedCounter.Reply read = c.read();
        assertTrue(!read.sameResultAs(new ReplicatedCounter.Reply(true, 2, 0)), "the acknowledged 2 is gone: " + read);
        assertEquals(Verdict.INVALID, Linearizability.check(c.history()).verdict());
    }

    @Test
    void theRunFigureCountsAcknowledgedWritesAndReadsWithinBounds() {
        // fault-free synchronous: what a single counter would not do is only the voted read that finds no majority
        // among replicas caught mid-write (the 3.6 %); a library reading a quorum of the leader would not
        RunResult r = Cluster.run(Scenarios.small(4).build());
        assertTrue(r.check().noMajorityReads() > 0);
        assertEquals(1.0 - (double) r.check().noMajorityReads() / r.operations(), r.transparency(), 1e-12);
        RunResult crashed = Cluster.run(Scenarios.small(4).faults(List.of(Fault.Crash.stop(0, Time.S))).build());
        var c = crashed.check();
        long good = c.correctReads() + c.writes() - c.failedWrites() - c.timedOutWrites()
                + (c.finalAvailable() && c.finalRead() >= c.finalLower() && c.finalRead() <= c.finalUpper() ? 1 : 0);
        assertEquals((double) good / crashed.operations(), crashed.transparency(), 1e-12);
        assertTrue(crashed.transparency() < 0.8, "static redundancy without its leader writes nothing for half the run");
    }
}
