package dev.tmrkit.stateful.sim.engine;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.tmrkit.stateful.sim.Context;
import dev.tmrkit.stateful.sim.Corruptible;
import dev.tmrkit.stateful.sim.Digest;
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

/** The simulator's contract, with two tiny nodes: a sender that numbers its messages, and a sink that records them. */
class SimulatorTest {
    private record Numbered(long n) implements Message {
        public long digest() {
            return Digest.of(1, n);
        }
    }

    private record Tick(long n) implements Timer {
        public long digest() {
            return Digest.of(2, n);
        }
    }

    /** Sends message k to node {@code to} at time k * period, for k = 0 .. count-1. */
    private static final class Sender implements Node {
        final int to;
        final int count;
        final long period;
        long next;
        final List<Long> firedAt = new ArrayList<>();

        Sender(int to, int count, long period) {
            this.to = to;
            this.count = count;
            this.period = period;
        }

        @Override
        public void onStart(Context ctx) {
            ctx.setTimer(new Tick(next), 0);
        }

        @Override
        public void onMessage(Context ctx, int from, Message message) {
        }

        @Override
        public void onTimer(Context ctx, Timer timer) {
            firedAt.add(ctx.now());
            ctx.send(to, new Numbered(next++));
            if (next < count) {
                ctx.setTimer(new Tick(next), period);
            }
        }
    }

    /** Records what arrives, when, and whether it was impaired; counts its starts. */
    private static final class Sink implements Node, Corruptible {
        final List<Long> received = new ArrayList<>();
        final List<Long> times = new ArrayList<>();
        int impaired;
        int starts;
        long state;

        @Override
        public void onStart(Context ctx) {
            starts++;
        }

        @Override
        public void onMessage(Context ctx, int from, Message message) {
            received.add(((Numbered) message).n());
            times.add(ctx.now());
            impaired += ctx.impaired() ? 1 : 0;
        }

        @Override
        public void onTimer(Context ctx, Timer timer) {
        }

        @Override
        public void upset(int bit) {
            state ^= 1L << bit;
        }
    }

    private record Run(Simulator sim, Sender sender, Sink sink) {
    }

    private static Run run(NetworkSettings net, List<Fault> faults, long seed, int count) {
        Simulator sim = new Simulator(net, new FaultSchedule(faults), new SplittableRandom(seed));
        Sender sender = new Sender(1, count, Time.MS);
        Sink sink = new Sink();
        sim.add("sender", sender, () -> new Sender(1, count, Time.MS));
        sim.add("sink", sink, Sink::new);
        sim.run(10 * Time.S);
        return new Run(sim, sender, sink);
    }

    private static List<Long> upTo(int n) {
        List<Long> out = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    @Test
    void eachLinkIsFirstInFirstOutWithinItsDelayBoundsWhateverTheJitter() {
        qt().forAll(longs().all(), integers().between(0, 5)).checkAssert((seed, jitterMs) -> {
            NetworkSettings net = NetworkSettings.DEFAULT.withDelay(Time.MS, Time.MS + jitterMs * Time.MS);
            Run r = run(net, List.of(), seed, 200);
            assertEquals(upTo(200), r.sink.received);
            for (int k = 0; k < 200; k++) {
                long sent = r.sender.firedAt.get(k);
                long at = r.sink.times.get(k);
                assertTrue(at >= sent + Time.MS, "never earlier than the minimum delay");
                assertTrue(k == 0 || at >= r.sink.times.get(k - 1), "in order");
            }
            assertEquals(0, r.sink.impaired);
        });
    }

    @Test
    void sameSeedSameTraceHashAndAnotherSeedAnother() {
        NetworkSettings net = NetworkSettings.DEFAULT.withLoss(0.1).withDuplicate(0.1).withReorder(0.1);
        Run a = run(net, List.of(), 7, 300);
        Run b = run(net, List.of(), 7, 300);
        Run c = run(net, List.of(), 8, 300);
        assertEquals(a.sim.traceHash(), b.sim.traceHash());
        assertEquals(a.sink.received, b.sink.received);
        assertEquals(a.sink.times, b.sink.times);
        assertNotEquals(a.sim.traceHash(), c.sim.traceHash());
        assertEquals(a.sim.events(), 2 + 300 + a.sink.received.size(), "starts, timer firings and deliveries");
    }

    @Test
    void lossDropsDuplicationRepeatsAndReorderingOvertakesAllMarkedImpaired() {
        Run lossy = run(NetworkSettings.DEFAULT.withLoss(1), List.of(), 1, 50);
        assertEquals(List.of(), lossy.sink.received);
        assertEquals(50, lossy.sim.messages(), "sent, though none arrived");
        Run twice = run(NetworkSettings.DEFAULT.withDuplicate(1), List.of(), 1, 50);
        assertEquals(100, twice.sink.received.size());
        assertEquals(50, twice.sink.impaired, "every second copy");
        Run shuffled = run(NetworkSettings.DEFAULT.withReorder(0.3), List.of(), 1, 300);
        assertEquals(upTo(300), shuffled.sink.received.stream().sorted().toList(), "nothing lost");
        assertNotEquals(upTo(300), shuffled.sink.received, "but some overtaken");
        assertTrue(shuffled.sink.impaired > 50 && shuffled.sink.impaired < 150, "about 30 % held back: " + shuffled.sink.impaired);
    }

    @Test
    void aPartitionLosesTheMessagesSentAcrossItDuringItsWindowOnly() {
        // messages 0..49 sent at 0..49 ms; cut during [10 ms, 20 ms)
        Run r = run(NetworkSettings.DEFAULT, List.of(new Fault.Partition(List.of(List.of(0), List.of(1)), 10 * Time.MS, 20 * Time.MS)), 1, 50);
        List<Long> expected = new ArrayList<>(upTo(50));
        expected.removeIf(n -> n >= 10 && n < 20);
        assertEquals(expected, r.sink.received);
    }

    @Test
    void omissionsLoseWhatTheNodeSendsOrReceivesDuringTheWindow() {
        Fault send = new Fault.Omission(0, 5 * Time.MS, 10 * Time.MS, Fault.Direction.SEND);
        Fault receive = new Fault.Omission(1, 30 * Time.MS, 32 * Time.MS, Fault.Direction.RECEIVE);
        Run r = run(NetworkSettings.DEFAULT.withDelay(0, 0), List.of(send, receive), 1, 50);
        List<Long> expected = new ArrayList<>(upTo(50));
        expected.removeIf(n -> n >= 5 && n < 10 || n >= 30 && n < 32);
        assertEquals(expected, r.sink.received);
    }

    @Test
    void aCrashedNodeReceivesNothingAndItsTimersDieAVolatileRestartIsANewObject() {
        // the sink is down during [10 ms, 20 ms): messages arriving then are lost
        Run r = run(NetworkSettings.DEFAULT.withDelay(0, 0), List.of(new Fault.Crash(1, 10 * Time.MS, 20 * Time.MS, true)), 1, 50);
        List<Long> expected = new ArrayList<>(upTo(50));
        expected.removeIf(n -> n >= 10 && n < 20);
        assertEquals(expected, r.sink.received);
        assertEquals(2, r.sink.starts, "started, and restarted with its state");
        // the sender crashes at 10.5 ms for good: its timer chain dies with it
        Run stopped = run(NetworkSettings.DEFAULT, List.of(Fault.Crash.stop(0, 10 * Time.MS + 500)), 1, 50);
        assertEquals(11, stopped.sender.firedAt.size());
        assertTrue(!stopped.sim.isUp(0) && stopped.sim.isUp(1));
        // volatile: a new sender object starts over from message 0 after recovering at 30 ms
        Run fresh = run(NetworkSettings.DEFAULT.withDelay(0, 0), List.of(new Fault.Crash(0, 10 * Time.MS + 500, 30 * Time.MS, false)), 1, 50);
        assertNotEquals(fresh.sender, fresh.sim.node(0));
        assertEquals(upTo(11), fresh.sink.received.subList(0, 11));
        assertEquals(0L, fresh.sink.received.get(11), "the restarted sender begins again");
    }

    @Test
    void aFlipInvertsOneBitOfTheStateOfItsNode() {
        Run r = run(NetworkSettings.DEFAULT, List.of(new Fault.Flip(1, Time.MS, 3), new Fault.Flip(1, 2 * Time.MS, 40)), 1, 5);
        assertEquals(8L | 1L << 40, r.sink.state);
        assertThrows(IllegalArgumentException.class,
                () -> run(NetworkSettings.DEFAULT, List.of(new Fault.Flip(1, 0, Fault.Flip.ANY_BIT)), 1, 1));
        assertThrows(IllegalArgumentException.class, () -> run(NetworkSettings.DEFAULT, List.of(Fault.Crash.stop(5, 0)), 1, 1),
                "a fault on a node that does not exist");
    }
}
