package dev.tmrkit.stateful.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.stateful.check.History;
import dev.tmrkit.stateful.check.Membership;
import dev.tmrkit.stateful.check.Outcome;
import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.run.Cluster;
import dev.tmrkit.stateful.run.RunResult;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.sim.fault.Fault;
import dev.tmrkit.stateful.sim.fault.FaultRates;
import dev.tmrkit.stateful.sim.Time;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compare report's explanations rest on an attribution that accounts for every operation the checker counts. */
class ExplainedTest {
    private static final Situation[] S = Situation.values();

    private static Scenario.Builder small() {
        return Scenario.builder().seed(3).duration(3 * Time.S);
    }

    @Test
    void theAttributionAccountsForEveryUnavailableAndEveryWrongReadTheCheckerCounts() {
        List<Scenario> scenarios = List.of(
                Scenario.builder().seed(1).faultRates(new FaultRates(0.3, 200 * Time.MS, true, 0, 16)).build(),
                small().faults(List.of(new Fault.Partition(List.of(List.of(0, 1), List.of(2)), Time.S, 2 * Time.S))).build(),
                small().replication(dev.tmrkit.stateful.protocol.Replication.ASYNC).faults(List.of(Fault.Crash.stop(0, Time.S))).build());
        for (Scenario s : scenarios) {
            Explained e = Explained.of(s);
            check(e.comparison().staticRun(), e.staticAttribution());
            check(e.comparison().dynamicRun(), e.dynamicAttribution());
        }
    }

    private static void check(RunResult r, Attribution a) {
        long reads = 0;
        for (long n : a.unavailableReads()) {
            reads += n;
        }
        assertEquals(r.check().unavailable(), a.unavailable(), r.scenario().redundancy() + ": every unavailable operation attributed");
        assertEquals(r.check().noMajorityReads() + r.check().timedOutReads() + (r.check().finalAvailable() ? 0 : 1), reads);
        long wrong = 0;
        for (long n : a.wrongReads()) {
            wrong += n;
        }
        boolean finalWrong = r.check().finalAvailable()
                && (r.check().finalRead() < r.check().finalLower() || r.check().finalRead() > r.check().finalUpper());
        assertEquals(r.check().wrongReads() + (finalWrong ? 1 : 0), wrong, r.scenario().redundancy() + ": wrong reads");
    }

    @Test
    void aLeaderCrashCostsStaticRedundancyEveryLaterWriteAndDynamicOnlyItsDetectionAndReconfiguration() {
        Scenario s = small().faults(List.of(Fault.Crash.stop(0, Time.S))).build();
        Explained e = Explained.of(s);
        long[] after = new long[1];
        Cluster.run(s.with(Redundancy.STATIC), null, h -> {
            for (int i = 0; i < h.size(); i++) {
                if (h.kind(i) != History.Kind.READ && h.invoked(i) >= Time.S && h.outcome(i) != Outcome.OK) {
                    after[0]++;
                }
            }
        });
        long[] stat = e.staticAttribution().unavailableWrites();
        assertTrue(after[0] > 300, "writes after the crash: " + after[0]);
        assertTrue(stat[Situation.LEADER_DOWN.ordinal()] >= after[0], "every write from the crash on meets the leader down");
        assertEquals(0, stat[Situation.RECONFIGURING.ordinal()], "static redundancy never reconfigures");
        long[] dyn = e.dynamicAttribution().unavailableWrites();
        long timeout = s.timing().failureTimeout() + s.timing().heartbeat() + s.timing().opTimeout();
        assertTrue(dyn[Situation.LEADER_DOWN.ordinal()] > 0 && dyn[Situation.LEADER_DOWN.ordinal()] < after[0] / 10,
                "dynamic: only writes within the detection delay: " + dyn[Situation.LEADER_DOWN.ordinal()]);
        Difference d = e.explain("unavailable");
        assertEquals("no-failover", d.mechanisms().get(0), d.why());
        assertTrue(d.why().contains("no failover"), d.why());
        // the dynamic run's new view is ready (leader gathered state, joiner got its transfer) soon after it was installed
        Membership m = Cluster.observe(s.with(Redundancy.DYNAMIC)).membership();
        assertEquals(2, m.changes().size(), m.changes()::toString);
        Membership.Change c = m.changes().get(1);
        assertTrue(c.time() > Time.S && c.time() <= Time.S + timeout, "detected within the failure timeout and a heartbeat: " + c);
        assertTrue(c.ready() > c.time() && c.ready() < c.time() + 50 * Time.MS, "ready within 50 ms: " + c);
        assertFalse(m.reconfiguring(c.ready() + 1, c.ready() + 1000));
        assertTrue(m.reconfiguring(c.time(), c.time()));
    }

    @Test
    void everyMetricOfTheReportHasAnExplanationAndAnUnknownOneIsRefused() {
        Explained e = Explained.of(small().faults(List.of(new Fault.Crash(1, Time.S, 1200 * Time.MS, true))).build());
        for (String key : List.of("seed", "operations", "verdict", "linearizable", "readsLosing", "readsDoubling", "readsEqualTrueCount",
                "staleReads", "inflatedReads", "noMajorityReads", "voterDisagreements", "unavailable", "lostIncrements", "doubleCounted",
                "replicasOverCounting", "finalRead", "messagesPerOperation", "latency", "latencyIncrements", "latencyResets",
                "latencyReads", "throughput", "propagation", "propagationNormal", "propagationImpaired", "missedCrossingsWatching",
                "firstBadRead", "firstWrongRead", "sparesConsumed", "viewChanges", "removals", "transfers", "events", "traceHash")) {
            Difference d = e.explain(key);
            assertEquals(key, d.metric());
            assertFalse(d.mechanisms().isEmpty() || d.why().isBlank(), key);
        }
        assertThrows(IllegalArgumentException.class, () -> e.explain("somethingNew"));
    }
}
