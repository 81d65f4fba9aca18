package dev.tmrkit.stateful.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.replica.ViewService;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.fault.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The view service tells a receive omission (deaf) from silence (crash, send omission, partition), over seeds. */
class FailureModelsTest {
    private static ViewService.Removals removals(long seed, Fault f) {
        return Cluster.run(Scenarios.small(seed).redundancy(Redundancy.DYNAMIC).faults(List.of(f)).build()).removals();
    }

    @Test
    void aReceiveOmissionIsDeafWhileASendOmissionACrashAndAPartitionAreSilent() {
        for (long seed = 1; seed <= 5; seed++) {
            ViewService.Removals receive = removals(seed, new Fault.Omission(2, 500 * Time.MS, 1500 * Time.MS, Fault.Direction.RECEIVE));
            assertEquals(new ViewService.Removals(0, 1, 0), receive, "seed " + seed);
            for (Fault silent : List.of(new Fault.Omission(2, 500 * Time.MS, 1500 * Time.MS, Fault.Direction.SEND),
                    new Fault.Crash(2, 500 * Time.MS, 1500 * Time.MS, true),
                    new Fault.Partition(List.of(List.of(0, 1), List.of(2)), 500 * Time.MS, 1500 * Time.MS))) {
                ViewService.Removals r = removals(seed, silent);
                assertTrue(r.silent() >= 1 && r.deaf() == 0, "seed " + seed + " " + silent + ": " + r);
            }
            assertEquals(new ViewService.Removals(0, 0, 0), Cluster.run(Scenarios.small(seed).redundancy(Redundancy.DYNAMIC).build())
                    .removals(), "a fault-free run removes no one");
        }
    }
}
