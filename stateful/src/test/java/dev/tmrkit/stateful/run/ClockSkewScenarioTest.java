package dev.tmrkit.stateful.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.stateful.check.Verdict;
import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.protocol.Replication;
import dev.tmrkit.stateful.sim.fault.Fault;
import dev.tmrkit.stateful.run.scenario.Nemesis;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.sim.Time;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clock skew in whole runs: what a slow clock does to failure detection, a slow leader's clock to asynchronous lag. */
class ClockSkewScenarioTest {
    private static final Fault SLOW_N1 = new Fault.Skew(1, Time.S, 2 * Time.S, 0.15, 0);

    @Test
    void aSlowClockMakesTheFailureDetectorRemoveALiveReplicaInDynamicRedundancyAndChangesNothingInStatic() {
        Scenario s = Scenarios.small(5).faults(List.of(SLOW_N1)).build();
        RunResult dyn = Cluster.run(s.with(Redundancy.DYNAMIC));
        // 10 ms heartbeats on a clock at 0.15x are 66.7 ms apart in true time, beyond the 50 ms failure timeout
        assertTrue(dyn.removals().silent() >= 1, dyn.removals()::toString);
        assertEquals(Verdict.VALID, dyn.judgement().verdict());
        RunResult twin = Cluster.run(Scenarios.small(5).build().with(Redundancy.DYNAMIC));
        assertEquals(0, twin.removals().silent() + twin.removals().deaf(), "no skew, no removal");
        // a clock at 0.5x spaces heartbeats 20 ms apart: within the timeout, no false suspicion
        RunResult mild = Cluster.run(Scenarios.small(5).faults(List.of(new Fault.Skew(1, Time.S, 2 * Time.S, 0.5, 0))).build()
                .with(Redundancy.DYNAMIC));
        assertEquals(0, mild.removals().silent(), mild.removals()::toString);
        RunResult stat = Cluster.run(s.with(Redundancy.STATIC));
        RunResult statTwin = Cluster.run(Scenarios.small(5).build().with(Redundancy.STATIC));
        assertEquals(statTwin.traceHash() == stat.traceHash(), false, "the skew shows in the trace");
        assertEquals(statTwin.check().unavailable(), stat.check().unavailable(), "a static follower's clock has no timer that matters");
        assertEquals(Cluster.run(s.with(Redundancy.DYNAMIC)).traceHash(), dyn.traceHash(), "byte-identical per seed");
    }

    @Test
    void aSlowLeaderClockStretchesAsynchronousShippingIntoImposedLag() {
        Scenario.Builder b = Scenarios.small(7).replication(Replication.ASYNC);
        RunResult plain = Cluster.run(b.build());
        RunResult slow = Cluster.run(b.faults(List.of(new Fault.Skew(0, 500 * Time.MS, 1500 * Time.MS, 0.1, 0))).build());
        // the leader ships every 5 ms of its clock: 50 ms of true time at 0.1x
        assertTrue(plain.lag().all().p99() < 10 * Time.MS, plain.lag().all()::toString);
        assertTrue(slow.lag().all().max() > 40 * Time.MS && slow.lag().all().max() <= 51 * Time.MS + 3 * Time.MS,
                slow.lag().all()::toString);
    }

    @Test
    void theNemesisDrawsClockSkews() {
        long skews = 0;
        for (long seed = 1; seed <= 200; seed++) {
            skews += Nemesis.schedule(seed, 3, 2 * Time.S).stream().filter(f -> f instanceof Fault.Skew).count();
        }
        assertTrue(skews > 30, "skews drawn in 200 schedules: " + skews);
    }
}
