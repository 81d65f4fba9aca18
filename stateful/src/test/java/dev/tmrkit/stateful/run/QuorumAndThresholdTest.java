package dev.tmrkit.stateful.run;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.tmrkit.stateful.check.CheckResult;
import dev.tmrkit.stateful.check.ThresholdMonitor;
import dev.tmrkit.stateful.protocol.Mode;
import dev.tmrkit.stateful.protocol.Replication;
import dev.tmrkit.stateful.protocol.Topology;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.run.scenario.Workload;
import dev.tmrkit.stateful.sim.NetworkSettings;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.fault.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuorumAndThresholdTest {
    /** Leaderless, idempotent log-based, three clients; replica 2 hears nothing for 200 ms and stays behind. */
    private static Scenario.Builder leaderless(long seed, int r, int w) {
        return Scenarios.small(seed).topology(Topology.LEADERLESS).replication(Replication.SYNC).quorums(r, w)
                .mode(Mode.LOG).idempotent(true).network(NetworkSettings.DEFAULT.withExtraDelay(5 * Time.MS))
                .faults(List.of(new Fault.Omission(2, 500 * Time.MS, 700 * Time.MS, Fault.Direction.RECEIVE)));
    }

    @Test
    void leaderlessWritesToEveryReplicaNeverMissAnAcknowledgedWrite() {
        // W = N: an acknowledged operation is on every replica, so any R replies include it
        qt().withExamples(30).forAll(Scenarios.seeds()).checkAssert(seed -> {
            CheckResult c = Cluster.run(leaderless(seed, 1, 3).build()).check();
            assertTrue(c.valid(), c::toString);
        });
    }

    @Test
    void leaderlessLogReadsAreNotMergesSoIntersectingQuorumsCanStillReadStale() {
        // Found by QuickTheories (seed 134, R = 3, W = 1): replica 2 missed operations during its omission
        // window, then applied newer ones; a read takes the reply that applied the most operations, which
        // lacks acknowledged increments the others hold. R + W > N is not enough without merging the replies'
        // operation sets (a G-counter would be).
        CheckResult c = Cluster.run(leaderless(134, 3, 1).build()).check();
        assertTrue(c.staleReads() > 0, c::toString);
    }

    @Test
    void leaderlessQuorumsThatDoNotIntersectReadStaleValuesForSomeSeed() {
        boolean found = false;
        for (long seed = 1; seed <= 30 && !found; seed++) {
            found = Cluster.run(leaderless(seed, 1, 1).build()).check().staleReads() > 0;
        }
        assertTrue(found, "R + W <= N: a read can be answered by the replica that missed the write alone");
    }

    @Test
    void leaderlessStateBasedCountersLoseConcurrentIncrementsWhateverTheQuorums() {
        // read-modify-write with last-writer-wins: two increments read the same value, one overwrites the other
        CheckResult c = Cluster.run(Scenarios.small(1).topology(Topology.LEADERLESS).mode(Mode.STATE).quorums(2, 2)
                .workload(Workload.DEFAULT.withRate(200).withMix(0.6, 0)).build()).check();
        assertTrue(c.lostIncrements() > 0 && c.staleReads() > 0, c::toString);
    }

    /** Crossings per observation period, by period. */
    private static List<ThresholdMonitor.Crossings> crossings(Scenario s) {
        return Cluster.run(s).crossings();
    }

    @Test
    void aWatchingObserverOfLogReplicationNoticesEveryCrossingWhileSlowPollingMissesSome() {
        qt().withExamples(20).forAll(Scenarios.seeds()).checkAssert(seed -> {
            Scenario s = Scenarios.small(seed).mode(Mode.LOG).workload(Workload.DEFAULT.withClients(1).withRate(300))
                    .periods(List.of(0L, 200 * Time.MS)).build();
            List<ThresholdMonitor.Crossings> c = crossings(s);
            assertTrue(c.get(0).episodes() > 5, c::toString);
            assertEquals(0, c.get(0).missed(), () -> "watching: " + c);
            assertEquals(0, c.get(0).falseAlarms(), () -> "watching: " + c);
            assertTrue(c.get(1).missed() > 0, () -> "polling every 200 ms: " + c);
        });
    }

    @Test
    void coalescedStateShippingHidesShortEpisodesThatLogShippingShows() {
        int stateMissed = 0;
        int logMissed = 0;
        for (long seed = 1; seed <= 5; seed++) {
            Scenario.Builder b = Scenarios.small(seed).replication(Replication.ASYNC).periods(List.of(0L))
                    .workload(Workload.DEFAULT.withClients(1).withRate(1000));
            stateMissed += crossings(b.mode(Mode.STATE).build()).get(0).missed();
            logMissed += crossings(b.mode(Mode.LOG).build()).get(0).missed();
        }
        assertEquals(0, logMissed, "every operation passes through the watched follower");
        assertTrue(stateMissed > 0, "a ship interval's writes arrive as one value");
    }

    @Test
    void aWatcherOfAFollowerMissesNoEpisodeOfTheRealOrderWithThreeConcurrentClients() {
        // the truth is the order the leader applied the writes in, which the follower replays; under the clients'
        // issue order, concurrent clients made a fault-free run report misses and false alarms
        qt().withExamples(10).forAll(Scenarios.seeds()).checkAssert(seed -> {
            RunResult r = Cluster.run(Scenarios.small(seed).mode(Mode.LOG).idempotent(true).periods(List.of(0L))
                    .workload(Workload.DEFAULT.withRate(300).withMix(0.7, 0.1)).build());
            ThresholdMonitor.Crossings watching = r.crossings().get(0);
            assertTrue(watching.episodes() > 0, watching::toString);
            assertEquals(0, watching.missed(), watching::toString);
            assertEquals(0, watching.falseAlarms(), watching::toString);
        });
    }
}
