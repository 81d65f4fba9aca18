package dev.tmrkit.stateful.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.stateful.protocol.Mode;
import dev.tmrkit.stateful.protocol.Replication;
import dev.tmrkit.stateful.run.scenario.Nemesis;
import dev.tmrkit.stateful.run.scenario.Scenario;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.fault.Fault;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nemesis schedules and the sweep's shrinking, against re-runs of what they report. */
class SweepTest {
    @Test
    void nemesisSchedulesAreDeterministicValidAndInsideTheWorkload() {
        for (long seed = 1; seed <= 200; seed++) {
            List<Fault> a = Nemesis.schedule(seed, 3, 2 * Time.S);
            assertEquals(a, Nemesis.schedule(seed, 3, 2 * Time.S));
            assertTrue(a.size() >= 1 && a.size() <= 4);
            Scenarios.small(seed).faults(a).build();   // valid for three replicas, or this throws
            for (Fault f : a) {
                assertTrue(f.at() < 2 * Time.S, f.toString());
            }
        }
    }

    @Test
    void theShrunkScheduleStillFailsAndNoSingleDropOrHalvingDoes() {
        Scenario base = Scenarios.small(1).build();
        Sweep.Result r = Sweep.run(base, 1, 200);
        assertTrue(r.firstFailing() > 0, "some seed in 1..200 fails: " + r);
        assertTrue(Sweep.invalid(base, r.firstFailing(), r.schedule()));
        assertTrue(Sweep.invalid(base, r.firstFailing(), r.shrunk()));
        for (long seed = 1; seed < r.firstFailing(); seed++) {
            assertFalse(Sweep.invalid(base, seed, Nemesis.schedule(seed, 3, base.duration())), "seed " + seed + " came first");
        }
        for (int i = 0; i < r.shrunk().size(); i++) {
            List<Fault> fewer = new ArrayList<>(r.shrunk());
            fewer.remove(i);
            assertFalse(Sweep.invalid(base, r.firstFailing(), fewer), "dropping " + r.shrunk().get(i) + " passes");
        }
        assertTrue(r.shrunk().size() <= r.schedule().size());
    }

    @Test
    void aConfigurationThatFailsWithoutFaultsShrinksToNoFault() {
        Scenario async = Scenarios.small(1).replication(Replication.ASYNC).build();
        Sweep.Result r = Sweep.run(async, 1, 5);
        assertEquals(1, r.firstFailing());
        assertEquals(List.of(), r.shrunk(), "asynchronous replication with voted reads is not linearizable even fault-free");
        assertTrue(Sweep.invalid(async, 1, List.of()));
    }

    @Test
    void anIdempotentLogSweepOfTwentySeedsFindsNothing() {
        Sweep.Result r = Sweep.run(Scenarios.small(1).mode(Mode.LOG).idempotent(true).build(), 1, 20);
        assertEquals(-1, r.firstFailing());
        assertEquals(20, r.runs());
    }

    @Test
    void slicesScannedApartFindTheSweepsFirstFailingSeedAsTheLeastOfTheirs() {
        Scenario base = Scenarios.small(1).build();
        Sweep.Result whole = Sweep.run(base, 1, 200);
        for (int slices : new int[] {1, 2, 3, 7}) {
            long first = -1;
            long runs = 0;
            for (int k = 0; k < slices; k++) {
                int slice = k;
                Sweep.Scan scan = Sweep.scan(base, 1, 200, seed -> (seed - 1) % slices == slice);
                if (scan.firstFailing() >= 0) {
                    assertEquals(slice, (scan.firstFailing() - 1) % slices, "the failing seed is the slice's own");
                    first = first < 0 ? scan.firstFailing() : Math.min(first, scan.firstFailing());
                }
                runs += scan.runs();
            }
            assertEquals(whole, Sweep.finish(base, 1, 200, first), slices + " slices");
            assertTrue(runs >= whole.runs() - slices + 1, "each slice ran its seeds below its own failure");
        }
    }
}
