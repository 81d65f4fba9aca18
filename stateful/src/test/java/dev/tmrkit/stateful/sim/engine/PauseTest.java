package dev.tmrkit.stateful.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** A pause (SIGSTOP) differs from a crash: what falls due meanwhile is handled, in order, when the node resumes. */
class PauseTest {
    private record Seq(long n) implements Message {
        public long digest() {
            return n;
        }
    }

    /** Node 1 sends node 0 a numbered message every 5 ms; node 0 records what it handled and when, and ticks every 7 ms. */
    private static final class Pair implements Node {
        final List<long[]> handled = new ArrayList<>();
        private long sent;

        @Override
        public void onStart(Context ctx) {
            ctx.setTimer(() -> 7, ctx.self() == 0 ? 7 * Time.MS : 5 * Time.MS);
        }

        @Override
        public void onMessage(Context ctx, int from, Message m) {
            handled.add(new long[] {ctx.now(), ((Seq) m).n()});
        }

        @Override
        public void onTimer(Context ctx, Timer timer) {
            if (ctx.self() == 1) {
                ctx.send(0, new Seq(++sent));
                ctx.setTimer(timer, 5 * Time.MS);
            } else {
                handled.add(new long[] {ctx.now(), -1});
                ctx.setTimer(timer, 7 * Time.MS);
            }
        }
    }

    private static List<long[]> run(Fault f) {
        Pair a = new Pair();
        Simulator sim = new Simulator(new NetworkSettings(Time.MS, Time.MS, 0, 0, 0, 0), new FaultSchedule(List.of(f)),
                new SplittableRandom(1));
        sim.add("a", a, () -> a);
        sim.add("b", new Pair(), null);
        sim.run(100 * Time.MS);
        return a.handled;
    }

    @Test
    void aPausedNodeHandlesEverythingThatFellDueWhenItResumesInOrderAndACrashedOneLosesIt() {
        List<long[]> paused = run(new Fault.Pause(0, 20 * Time.MS, 60 * Time.MS));
        List<Long> messages = paused.stream().filter(e -> e[1] > 0).map(e -> e[1]).toList();
        assertEquals(java.util.stream.LongStream.rangeClosed(1, messages.size()).boxed().toList(), messages, "none lost, in order");
        assertTrue(messages.size() >= 19, "every message of 100 ms: " + messages.size());
        assertTrue(paused.stream().noneMatch(e -> e[0] >= 20 * Time.MS && e[0] < 60 * Time.MS), "nothing handled while paused");
        long atResume = paused.stream().filter(e -> e[0] == 60 * Time.MS && e[1] > 0).count();
        assertEquals(8, atResume, "the messages of 20..60 ms (sent every 5 ms, 1 ms on the way) are handled at 60 ms");
        assertTrue(paused.stream().anyMatch(e -> e[0] == 60 * Time.MS && e[1] == -1), "the tick due at 21 ms fires at 60 ms");
        List<long[]> crashed = run(new Fault.Crash(0, 20 * Time.MS, 60 * Time.MS, true));
        long lost = 20 - crashed.stream().filter(e -> e[1] > 0).count();
        assertTrue(lost >= 7, "a crash loses what arrives while down: " + lost);
    }
}
