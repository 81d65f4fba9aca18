package dev.tmrkit.stateful.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.stateful.sim.fault.Fault;
import dev.tmrkit.stateful.sim.fault.FaultRates;
import dev.tmrkit.stateful.sim.fault.FaultSchedule;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimeAndFaultsTest {
    @Test
    void durationsParseWithUnitsAndBareNumbersAreMilliseconds() {
        assertEquals(250 * Time.MS, Time.parse("250ms"));
        assertEquals(2 * Time.S, Time.parse("2s"));
        assertEquals(1_500_000, Time.parse("1.5s"));
        assertEquals(800, Time.parse("800us"));
        assertEquals(40 * Time.MS, Time.parse("40"));
        for (String bad : List.of("", "ms", "-1s", "fast", "1h", "NaNs")) {
            assertThrows(IllegalArgumentException.class, () -> Time.parse(bad), bad);
        }
        assertEquals("1.50 s", Time.format(1_500_000));
        assertEquals("3.10 ms", Time.format(3_100));
        assertEquals("40 us", Time.format(40));
    }

    @Test
    void drawnFaultsAreReproducibleAndTheirCountFollowsTheRate() {
        FaultRates rates = new FaultRates(0.5, 0, true, 2.0, 16);
        List<Integer> nodes = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        long duration = 100 * Time.S;
        List<Fault> a = rates.draw(nodes, duration, new SplittableRandom(3));
        assertEquals(a, rates.draw(nodes, duration, new SplittableRandom(3)));
        long crashes = a.stream().filter(f -> f instanceof Fault.Crash).count();
        long flips = a.stream().filter(f -> f instanceof Fault.Flip).count();
        // crash-stop: each node crashes at most once, and almost surely within 100 s at 0.5 per second
        assertEquals(10, crashes);
        // 10 nodes x 100 s x 2 per second = 2000 flips expected; a Poisson count is within 5 sigma (~224)
        assertTrue(Math.abs(flips - 2000) < 224, "flips " + flips);
        assertTrue(a.stream().allMatch(f -> f.at() < duration));
        assertTrue(a.stream().filter(f -> f instanceof Fault.Flip).allMatch(f -> ((Fault.Flip) f).bit() < 16));
    }

    @Test
    void crashRecoveryAlternatesDownAndUpWithTheGivenDowntime() {
        FaultRates rates = new FaultRates(1, 300 * Time.MS, false, 0, 16);
        List<Fault> faults = rates.draw(List.of(0), 60 * Time.S, new SplittableRandom(1));
        long lastUp = 0;
        for (Fault f : faults) {
            Fault.Crash c = (Fault.Crash) f;
            assertEquals(300 * Time.MS, c.recoverAt() - c.at());
            assertTrue(c.at() > lastUp && !c.durable());
            lastUp = c.recoverAt();
        }
        assertTrue(faults.size() > 20, "about 46 expected in 60 s: " + faults.size());
    }

    @Test
    void scheduledBitsAreDrawnInOrderAndBadFaultsAreRefused() {
        FaultSchedule s = new FaultSchedule(List.of(new Fault.Flip(1, 5, Fault.Flip.ANY_BIT), new Fault.Flip(0, 2, 7)));
        assertEquals(2, s.faults().get(0).at(), "sorted by time");
        FaultSchedule drawn = s.withBitsDrawn(new SplittableRandom(4), 16);
        assertEquals(drawn, s.withBitsDrawn(new SplittableRandom(4), 16));
        assertTrue(((Fault.Flip) drawn.faults().get(1)).bit() >= 0);
        assertEquals(7, ((Fault.Flip) drawn.faults().get(0)).bit());
        assertThrows(IllegalArgumentException.class, () -> new Fault.Crash(0, 10, 5, true));
        assertThrows(IllegalArgumentException.class, () -> new Fault.Partition(List.of(List.of(0, 1), List.of(1)), 0, 5));
        assertThrows(IllegalArgumentException.class, () -> new Fault.Partition(List.of(List.of(0)), 0, 5));
        assertThrows(IllegalArgumentException.class, () -> new Fault.Omission(0, 5, 5, Fault.Direction.BOTH));
        assertThrows(IllegalArgumentException.class, () -> new NetworkSettings(2, 1, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> NetworkSettings.DEFAULT.withLoss(1.5));
    }
}
