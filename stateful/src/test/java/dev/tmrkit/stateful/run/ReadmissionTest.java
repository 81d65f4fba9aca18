package dev.tmrkit.stateful.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.stateful.check.History;
import dev.tmrkit.stateful.check.Outcome;
import dev.tmrkit.stateful.check.Verdict;
import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.fault.Fault;
import dev.tmrkit.stateful.sim.fault.FaultRates;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dynamic redundancy under transient faults: recovered replicas return to the spare pool, so random
 * crash-recovery no longer exhausts the two spares; and a new leader gathers state from removed members
 * that kept theirs, so it is never left waiting for a majority of a view whose members were all removed.
 * Seeds 1..6 of the setting (0.3 crashes per replica per second, 200 ms down, 10 s): before
 * re-admission dynamic ended worse than static on all six, and on three of them without a final answer;
 * with re-admission but without the second rule, still worse on seeds 1 and 6 (304 vs 213 and 530 vs
 * 157 unavailable operations), each time from a leader stuck gathering state for over a second.
 */
class ReadmissionTest {
    @Test
    void recoveredReplicasAreReadmittedAndDynamicBeatsStaticOnEverySeed() {
        for (long seed = 1; seed <= 6; seed++) {
            Scenario s = Scenario.builder().seed(seed).faultRates(new FaultRates(0.3, 200 * Time.MS, true, 0, 16)).build();
            RunResult stat = Cluster.run(s.with(Redundancy.STATIC));
            RunResult dyn = Cluster.run(s.with(Redundancy.DYNAMIC));
            long seedNo = seed;
            assertTrue(dyn.sparesConsumed() > s.spares(), () -> "seed " + seedNo + ": more promotions than the pool had: "
                    + dyn.sparesConsumed());
            assertTrue(dyn.check().finalAvailable(), () -> "seed " + seedNo + ": dynamic answers the final read");
            assertTrue(dyn.judgement().verdict() == Verdict.VALID,
                    () -> "seed " + seedNo + ": " + dyn.judgement().linearizability().reason());
            assertTrue(dyn.check().unavailable() < stat.check().unavailable(), () -> "seed " + seedNo + ": dynamic "
                    + dyn.check().unavailable() + " vs static " + stat.check().unavailable() + " unavailable operations");
        }
    }

    /**
     * The leader n0 and the member n1 crash 5 ms apart and both come back with their state 204 ms later.
     * The view service replaces them by the spares n3 and n4 (joiners, without state) and makes n2 leader;
     * n2 must first gather the state of a majority of the previous view {n0, n1, n2}. n0 and n1 learn on
     * recovery that they were removed; if only active members answered, they would not, the joiners would
     * wait for n2's transfer and n2 for its majority until the run ends (638 of 925 operations unavailable
     * before the rule). They kept every write they acknowledged, so they answer, and writes resume.
     */
    @Test
    void aNewLeaderGathersStateFromRemovedMembersThatKeptIt() {
        Scenario s = Scenario.builder().seed(1).duration(3 * Time.S).redundancy(Redundancy.DYNAMIC)
                .faults(List.of(new Fault.Crash(0, Time.S, 1204 * Time.MS, true),
                        new Fault.Crash(1, 1005 * Time.MS, 1204 * Time.MS, true))).build();
        long[] writes = new long[2];
        RunResult r = Cluster.run(s, null, h -> {
            for (int i = 0; i < h.size(); i++) {
                if (h.kind(i) != History.Kind.READ && h.invoked(i) >= 1500 * Time.MS && h.invoked(i) < s.duration()) {
                    writes[0]++;
                    writes[1] += h.outcome(i) == Outcome.OK ? 1 : 0;
                }
            }
        });
        assertTrue(writes[0] > 100, "writes after the recovery: " + writes[0]);
        assertEquals(writes[0], writes[1], "every write after the recovery is acknowledged");
        assertEquals(Verdict.VALID, r.judgement().verdict());
        assertTrue(r.replicas().get(3).active() && r.replicas().get(4).active(), "the joiners got state: " + r.replicas());
    }
}
