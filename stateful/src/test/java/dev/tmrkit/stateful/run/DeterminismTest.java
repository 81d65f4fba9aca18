package dev.tmrkit.stateful.run;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.sim.NetworkSettings;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.fault.FaultRates;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same seed, same run: the trace hash and every metric, whatever the configuration and the faults. */
class DeterminismTest {
    /** Any configuration, with random crashes (some recovering), flips and a messy network. */
    private static Scenario anyScenario(long seed, int shape) {
        return Scenarios.small(seed)
                .topology(dev.tmrkit.stateful.protocol.Topology.values()[shape % 3])
                .replication(shape >= 48 && shape % 3 != 2 ? dev.tmrkit.stateful.protocol.Replication.CHAIN
                        : dev.tmrkit.stateful.protocol.Replication.values()[shape / 3 % 2])
                .mode(dev.tmrkit.stateful.protocol.Mode.values()[shape / 6 % 2])
                .redundancy(Redundancy.values()[shape / 12 % 2])
                .idempotent(shape / 24 % 2 == 1)
                .network(NetworkSettings.DEFAULT.withLoss(0.02).withDuplicate(0.02).withReorder(0.02).withExtraDelay(Time.MS))
                .faultRates(new FaultRates(0.3, shape % 2 == 0 ? 0 : 200 * Time.MS, shape % 4 < 2, 0.5, 16))
                .build();
    }

    @Test
    void runningASeedTwiceGivesTheSameTraceHashAndTheSameMetrics() {
        qt().withExamples(40).forAll(Scenarios.seeds(), integers().between(0, 95)).checkAssert((seed, shape) -> {
            Scenario s = anyScenario(seed, shape);
            RunResult a = Cluster.run(s);
            RunResult b = Cluster.run(s);
            assertEquals(a.traceHash(), b.traceHash());
            assertEquals(a, b);
        });
    }

    @Test
    void tracingDoesNotChangeTheRunAndEveryEventIsTraced() {
        Scenario s = anyScenario(11, 13);
        List<Long> times = new ArrayList<>();
        RunResult traced = Cluster.run(s, e -> times.add(e.time()));
        assertEquals(Cluster.run(s), traced);
        assertEquals(traced.events(), times.size());
        for (int i = 1; i < times.size(); i++) {
            assertEquals(true, times.get(i) >= times.get(i - 1), "the clock never runs backwards");
        }
    }

    @Test
    void simulatingWithoutCheckingProcessesTheSameEvents() {
        Scenario s = anyScenario(3, 17);
        RunResult r = Cluster.run(s);
        assertEquals(new Cluster.Simulated(r.events(), r.traceHash()), Cluster.simulate(s));
    }

    @Test
    void anotherSeedGivesAnotherTrace() {
        assertNotEquals(Cluster.run(anyScenario(1, 5)).traceHash(), Cluster.run(anyScenario(2, 5)).traceHash());
    }

    @Test
    void staticAndDynamicSeeTheSameFaultsAndTheSameOperationsAtTheSameTimes() {
        Scenario s = anyScenario(5, 3);
        Comparison c = Comparison.of(s);
        assertEquals(c.staticRun().faults(), c.dynamicRun().faults());
        List<String> ops = new ArrayList<>();
        for (Redundancy r : Redundancy.values()) {
            StringBuilder sb = new StringBuilder();
            Cluster.run(s.with(r), null, h -> {
                for (int i = 0; i < h.size(); i++) {
                    sb.append(h.client(i)).append(h.kind(i)).append(h.amount(i)).append('@').append(h.invoked(i)).append(' ');
                }
            });
            ops.add(sb.toString());
        }
        assertEquals(ops.get(0), ops.get(1));
    }
}
