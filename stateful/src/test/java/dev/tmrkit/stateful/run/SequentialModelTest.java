package dev.tmrkit.stateful.run;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.stateful.check.History;
import dev.tmrkit.stateful.check.Outcome;
import dev.tmrkit.stateful.protocol.Mode;
import dev.tmrkit.stateful.protocol.Replication;
import dev.tmrkit.stateful.protocol.Topology;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.run.scenario.Workload;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Fault-free, one client: every read that overlaps no write returns what a plain sequential counter
 * returns after the writes issued before it, in issue order (the oracle is a fold, not the checker).
 */
class SequentialModelTest {
    @Test
    void everyIsolatedReadEqualsTheSequentialCounter() {
        qt().withExamples(40).forAll(Scenarios.seeds(), Scenarios.topologies(), Scenarios.modes(), Scenarios.redundancies())
                .assuming((seed, topology, mode, redundancy) -> topology != Topology.LEADERLESS || mode == Mode.LOG)
                .checkAssert((seed, topology, mode, redundancy) -> {
                    Scenario s = Scenarios.small(seed).topology(topology).mode(mode).redundancy(redundancy)
                            .replication(Replication.SYNC).quorums(0, 3).workload(Workload.DEFAULT.withClients(1).withRate(40)).build();
                    AtomicInteger checked = new AtomicInteger();
                    RunResult r = Cluster.run(s, null, h -> checked.set(compareWithModel(h)));
                    assertTrue(checked.get() >= 5, "enough isolated reads: " + checked.get());
                    assertTrue(r.check().valid(), () -> r.check().toString());
                });
    }

    /** Checks every isolated read against the fold of the writes issued before it; returns how many. */
    private static int compareWithModel(History h) {
        int checked = 0;
        for (int r = 0; r < h.size(); r++) {
            if (h.kind(r) != History.Kind.READ || h.outcome(r) != Outcome.OK) {
                continue;
            }
            long model = 0;
            boolean isolated = true;
            for (int w = 0; w < h.size(); w++) {
                if (h.kind(w) == History.Kind.READ) {
                    continue;
                }
                assertEquals(Outcome.OK, h.outcome(w), "fault-free: every write is acknowledged");
                boolean before = h.completed(w) < h.invoked(r);
                boolean after = h.invoked(w) > h.completed(r);
                isolated &= before || after;
                if (h.invoked(w) < h.invoked(r)) {
                    model = h.kind(w) == History.Kind.RESET ? 0 : model + h.amount(w);
                }
            }
            if (isolated) {
                assertEquals(model, h.value(r), "read " + r + " at " + h.invoked(r));
                checked++;
            }
        }
        return checked;
    }
}
