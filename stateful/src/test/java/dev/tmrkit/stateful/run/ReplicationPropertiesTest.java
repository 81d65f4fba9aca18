package dev.tmrkit.stateful.run;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.tmrkit.stateful.check.CheckResult;
import dev.tmrkit.stateful.protocol.Mode;
import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.protocol.Replication;
import dev.tmrkit.stateful.protocol.Topology;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.run.scenario.Workload;
import dev.tmrkit.stateful.sim.NetworkSettings;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.fault.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The replication laws the issue names, each over many seeds. */
class ReplicationPropertiesTest {
    /** Increments only: no reset can hide a lost increment from the checker. */
    private static final Workload NO_RESETS = Workload.DEFAULT.withRate(200).withMix(0.6, 0);

    /** Crash-stops of a minority of the replicas at random times, drawn from {@code seed}. */
    private static List<Fault> minorityCrashes(int replicas, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int crashes = r.nextInt(replicas / 2 + 1);
        List<Integer> nodes = new ArrayList<>();
        for (int i = 0; i < replicas; i++) {
            nodes.add(i);
        }
        List<Fault> out = new ArrayList<>();
        for (int k = 0; k < crashes; k++) {
            int node = nodes.remove(r.nextInt(nodes.size()));
            out.add(Fault.Crash.stop(node, r.nextLong(100 * Time.MS, 1900 * Time.MS)));
        }
        return out;
    }

    @Test
    void withSynchronousReplicationAndAMajorityAliveNoAcknowledgedIncrementIsEverLost() {
        qt().withExamples(40).forAll(Scenarios.seeds(), Scenarios.sizes(), Scenarios.redundancies(), Scenarios.modes())
                .checkAssert((seed, n, redundancy, mode) -> {
                    Scenario s = Scenarios.small(seed).replicas(n).spares(2).replication(Replication.SYNC)
                            .redundancy(redundancy).mode(mode).idempotent(true).workload(NO_RESETS)
                            .network(NetworkSettings.DEFAULT.withLoss(0.02)).faults(minorityCrashes(n, seed)).build();
                    RunResult r = Cluster.run(s);
                    CheckResult c = r.check();
                    assertEquals(0, c.lostIncrements(), () -> "the final read misses none: " + c);
                    if (mode == Mode.STATE) {
                        // without resets a value names one state, so a value majority is a majority holding every write
                        assertEquals(0, c.staleReads(), () -> "no read misses an acknowledged increment: " + c);
                    }
                    long mostComplete = r.replicas().stream().filter(e -> e.up() && e.active()).mapToLong(RunResult.ReplicaEnd::value)
                            .max().orElse(-1);
                    assertTrue(mostComplete >= c.finalLower(), () -> "a live replica still holds every acknowledged increment: "
                            + r.replicas() + " " + c);
                    if (redundancy == Redundancy.DYNAMIC) {
                        assertTrue(c.finalAvailable(), () -> "dynamic redundancy answers the final read: " + c);
                    }
                });
    }

    @Test
    void aValueVoteOverLogReplicasCanReturnAStaleMajorityThoughNothingIsLost() {
        // two followers, each missing a different acknowledged increment of the same amount, hold equal values:
        // the voter sees a majority for a value no replica should hold, while the leader still has every write
        Scenario found = null;
        for (long seed = 1; seed <= 100 && found == null; seed++) {
            Scenario s = Scenarios.small(seed).mode(Mode.LOG).idempotent(true).workload(NO_RESETS)
                    .network(NetworkSettings.DEFAULT.withLoss(0.02)).build();
            CheckResult c = Cluster.run(s).check();
            if (c.staleReads() > 0) {
                assertEquals(0, c.lostIncrements(), c::toString);
                found = s;
            }
        }
        assertTrue(found != null, "some seed in 1..100 shows the aliasing");
        CheckResult state = Cluster.run(found.toBuilder().mode(Mode.STATE).build()).check();
        assertEquals(0, state.staleReads(), () -> "state-based replicas with equal values hold equal states: " + state);
    }

    @Test
    void withAsynchronousReplicationALeaderCrashLosesAcknowledgedIncrementsForSomeSeed() {
        // the simulator must be able to show the failure: search the seeds in order, for each redundancy
        for (Redundancy r : Redundancy.values()) {
            Scenario found = null;
            for (long seed = 1; seed <= 50 && found == null; seed++) {
                Scenario s = Scenarios.small(seed).replication(Replication.ASYNC).redundancy(r).workload(NO_RESETS)
                        .faults(List.of(Fault.Crash.stop(0, Time.S))).build();
                CheckResult c = Cluster.run(s).check();
                if (c.lostIncrements() > 0) {
                    found = s;
                }
            }
            assertTrue(found != null, r + ": some seed in 1..50 loses an acknowledged increment");
            Scenario sync = found.toBuilder().replication(Replication.SYNC).build();
            CheckResult c = Cluster.run(sync).check();
            assertEquals(0, c.lostIncrements() + c.staleReads(), () -> "the same seed with synchronous replication loses none: " + c);
        }
    }

    @Test
    void stateBasedReplicationToleratesDuplicationAndReorderingAndConverges() {
        qt().withExamples(40).forAll(Scenarios.seeds(), Scenarios.redundancies(), integers().between(1, 30))
                .checkAssert((seed, redundancy, percent) -> {
                    NetworkSettings messy = NetworkSettings.DEFAULT.withDuplicate(percent / 100.0).withReorder(percent / 100.0);
                    Scenario s = Scenarios.small(seed).mode(Mode.STATE).replication(Replication.SYNC).redundancy(redundancy)
                            .quorums(0, 3).network(messy).build();
                    RunResult r = Cluster.run(s);
                    assertTrue(r.check().valid(), () -> "checker passes: " + r.check());
                    assertTrue(r.converged(), () -> "replicas converge: " + r.replicas());
                });
    }

    @Test
    void logBasedReplicationWithDuplicationDoubleCountsUnlessOperationsAreIdempotent() {
        qt().withExamples(30).forAll(Scenarios.seeds(), Scenarios.topologies(), longs().between(5, 30))
                .assuming((seed, topology, percent) -> topology != Topology.LEADERLESS)
                .checkAssert((seed, topology, percent) -> {
                    Scenario.Builder b = Scenarios.small(seed).mode(Mode.LOG).topology(topology).replication(Replication.SYNC)
                            .workload(NO_RESETS).network(NetworkSettings.DEFAULT.withDuplicate(percent / 100.0));
                    RunResult naive = Cluster.run(b.idempotent(false).build());
                    RunResult idempotent = Cluster.run(b.idempotent(true).build());
                    assertTrue(naive.replicasOverCounting() > 0,
                            () -> "some replica applied a duplicate twice, counting more than the " + naive.check().finalUpper()
                                    + " attempted: " + naive.replicas());
                    assertEquals(0, idempotent.check().doubleCounted(), () -> idempotent.check().toString());
                    assertEquals(0, idempotent.replicasOverCounting(), () -> idempotent.replicas().toString());
                    assertEquals(0, idempotent.check().inflatedReads(), () -> idempotent.check().toString());
                    assertTrue(idempotent.converged(), () -> idempotent.replicas().toString());
                });
    }
}
