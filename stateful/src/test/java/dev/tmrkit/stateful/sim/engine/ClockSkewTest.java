package dev.tmrkit.stateful.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.tmrkit.testing.Properties.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.tmrkit.stateful.sim.Context;
import dev.tmrkit.stateful.sim.Message;
import dev.tmrkit.stateful.sim.NetworkSettings;
import dev.tmrkit.stateful.sim.Node;
import dev.tmrkit.stateful.sim.Time;
import dev.tmrkit.stateful.sim.Timer;
import dev.tmrkit.stateful.sim.fault.Fault;
import dev.tmrkit.stateful.sim.fault.FaultSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A skewed clock: what it reads, when its timers fire, and that the simulator runs nodes' timers on it. */
class ClockSkewTest {
    private static final double[] RATES = {0.25, 0.5, 1, 2, 3};

    /** The reading by the definition, written out independently of {@link Clock}: piecewise, window by window. */
    private static long reference(List<Fault.Skew> skews, long t) {
        for (Fault.Skew k : skews) {
            if (t >= k.at() && t < k.to()) {
                return k.at() + k.offset() + (long) Math.floor((t - k.at()) * k.rate());
            }
        }
        return t;
    }

    /** Up to three non-overlapping skews within the first 3000 us, from a list of small integers. */
    private static List<Fault.Skew> skews(List<Integer> spec) {
        List<Fault.Skew> out = new ArrayList<>();
        long start = 0;
        for (int i = 0; i + 3 < spec.size() && out.size() < 3; i += 4) {
            long at = start + spec.get(i) % 400;
            long to = at + 1 + spec.get(i + 1) % 600;
            out.add(new Fault.Skew(0, at, to, RATES[spec.get(i + 2) % RATES.length], spec.get(i + 3) % 601 - 300));
            start = to;
        }
        return out;
    }

    @Test
    void aTimerFiresAtTheFirstMomentTheSkewedClockHasAdvancedItsDelayAsABruteForceScanFindsIt() {
        Gen<List<Integer>> spec = lists().of(integers().between(0, 10_000)).ofSizeBetween(4, 12);
        qt().withExamples(3000).forAll(spec, integers().between(0, 3000), integers().between(0, 800)).checkAssert((sp, t, delay) -> {
            List<Fault.Skew> skews = skews(sp);
            Clock c = new Clock(skews);
            assertEquals(reference(skews, t), c.read(t));
            long target = reference(skews, t) + delay;
            long x = t;
            while (reference(skews, x) < target) {
                x++;
            }
            assertEquals(x, c.after(t, delay), () -> skews + " t=" + t + " delay=" + delay);
        });
    }

    /** A node that records its clock and when its timers fire. */
    private static final class Sleeper implements Node {
        final List<long[]> fired = new ArrayList<>();
        private final long delay;

        Sleeper(long delay) {
            this.delay = delay;
        }

        @Override
        public void onStart(Context ctx) {
            ctx.setTimer(() -> 1, delay);
        }

        @Override
        public void onMessage(Context ctx, int from, Message message) {
        }

        @Override
        public void onTimer(Context ctx, Timer timer) {
            fired.add(new long[] {ctx.now(), ctx.clock()});
            if (fired.size() < 5) {
                ctx.setTimer(timer, delay);
            }
        }
    }

    private static List<long[]> run(List<Fault> faults, long delay) {
        Sleeper a = new Sleeper(delay);
        Simulator sim = new Simulator(NetworkSettings.DEFAULT, new FaultSchedule(faults), new SplittableRandom(1));
        sim.add("a", a, null);
        sim.run(Time.S);
        return a.fired;
    }

    @Test
    void aSlowClockSpacesTimersOutAJumpAheadFiresAPendingTimerAtOnceAndTheTraceShowsTheSkew() {
        List<long[]> plain = run(List.of(), 10 * Time.MS);
        assertEquals(List.of(10_000L, 20_000L, 30_000L), plain.stream().limit(3).map(f -> f[0]).toList());
        // half speed from 15 ms: the timer set at 10 ms for 10 ms fires when the clock reads 20 ms: 15 + 2 x 5 = 25 ms true
        List<long[]> slow = run(List.of(new Fault.Skew(0, 15 * Time.MS, Time.S, 0.5, 0)), 10 * Time.MS);
        assertEquals(List.of(10_000L, 25_000L, 45_000L, 65_000L), slow.stream().limit(4).map(f -> f[0]).toList());
        assertEquals(20_000L, slow.get(1)[1], "its clock read 20 ms");
        // a jump of 300 ms ahead at 15 ms: the timer due at clock 20 ms fires at 15 ms, the clock then reading 315 ms
        List<long[]> jump = run(List.of(new Fault.Skew(0, 15 * Time.MS, 500 * Time.MS, 1, 300 * Time.MS)), 10 * Time.MS);
        assertEquals(15_000L, jump.get(1)[0]);
        assertEquals(315_000L, jump.get(1)[1]);
        assertEquals(25_000L, jump.get(2)[0]);
        List<String> kinds = new ArrayList<>();
        Simulator sim = new Simulator(NetworkSettings.DEFAULT, new FaultSchedule(List.of(new Fault.Skew(0, 5, 9, 2, 0))),
                new SplittableRandom(1));
        sim.add("a", new Sleeper(Time.S), null);
        sim.trace(new TraceListener() {
            @Override
            public void event(TraceEvent e) {
                kinds.add(e.kind() + "@" + e.time());
            }
        });
        sim.run(10);
        assertEquals(List.of("START@0", "SKEW@5", "SKEW@9"), kinds);
    }

    @Test
    void overlappingSkewsOfOneNodeAndBadRatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Fault.Skew(0, 5, 5, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Fault.Skew(0, 5, 9, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Fault.Skew(0, 5, 9, Double.NaN, 0));
        FaultSchedule s = new FaultSchedule(List.of(new Fault.Skew(1, 0, 10, 2, 0), new Fault.Skew(1, 9, 20, 2, 0)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.validate(3));
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
        new FaultSchedule(List.of(new Fault.Skew(1, 0, 10, 2, 0), new Fault.Skew(2, 5, 20, 2, 0))).validate(3);
    }
}
