package dev.tmrkit.stateful.run.scenario;

import dev.tmrkit.stateful.protocol.Op;
import dev.tmrkit.stateful.sim.Time;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The clients' operations: {@code clients} clients issue operations as one Poisson process of
 * {@code rate} operations per second, each going to a client drawn at random; an operation is an
 * increment (by 1..{@code maxIncrement}) with probability {@code increments}, a reset with probability
 * {@code resets}, else a read. The schedule is open-loop: it does not depend on how the system answers,
 * so static and dynamic redundancy see exactly the same operations at the same times.
 */
public record Workload(int clients, double rate, double increments, double resets, int maxIncrement) {
    /** Three clients, 300 operations per second: 60 % increments by 1..3, 8 % resets, 32 % reads. */
    public static final Workload DEFAULT = new Workload(3, 300, 0.60, 0.08, 3);

    public Workload {
        if (clients < 1 || !(rate > 0) || maxIncrement < 1) {
            throw new IllegalArgumentException("a workload needs clients >= 1, a rate > 0 and increments of at least 1");
        }
        if (!(increments >= 0) || !(resets >= 0) || increments + resets > 1) {
            throw new IllegalArgumentException("increment and reset shares must be >= 0 and add up to at most 1");
        }
    }

    public Workload withRate(double opsPerSecond) {
        return new Workload(clients, opsPerSecond, increments, resets, maxIncrement);
    }

    public Workload withClients(int n) {
        return new Workload(n, rate, increments, resets, maxIncrement);
    }

    public Workload withMix(double incrementShare, double resetShare) {
        return new Workload(clients, rate, incrementShare, resetShare, maxIncrement);
    }

    /**
     * One client's operations, in time order.
     *
     * @param times ascending, microseconds
     * @param ops   the operation issued at each time
     */
    public record ClientOps(long[] times, Op[] ops) {
    }

    /** The operations of every client during {@code [0, duration)}, and all writes in time order. */
    public record Schedule(List<ClientOps> clients, long[] writeTimes, long[] writeCodes) {
        /** How many operations in all. */
        public int operations() {
            return clients.stream().mapToInt(c -> c.times().length).sum();
        }
    }

    /** Draws the schedule of {@code [0, duration)} from {@code random}. */
    public Schedule schedule(long duration, SplittableRandom random) {
        int expected = (int) Math.min(1 << 24, 16 + 1.1 * rate * duration / Time.S / clients);
        long[][] times = new long[clients][expected];
        Op[][] ops = new Op[clients][expected];
        int[] count = new int[clients];
        long[] writeTimes = new long[16 + (int) (expected * clients * (increments + resets))];
        long[] writeCodes = new long[writeTimes.length];
        Op[] incrementBy = new Op[maxIncrement + 1];
        for (int k = 1; k <= maxIncrement; k++) {
            incrementBy[k] = new Op.Increment(k);
        }
        Op reset = new Op.Reset();
        Op read = new Op.Read();
        int writes = 0;
        long t = 0;
        while (true) {
            t += 1 + (long) (-Math.log(1 - random.nextDouble()) / rate * Time.S);
            if (t >= duration) {
                break;
            }
            int c = random.nextInt(clients);
            double u = random.nextDouble();
            Op op = u < increments ? incrementBy[1 + random.nextInt(maxIncrement)] : u < increments + resets ? reset : read;
            if (count[c] == times[c].length) {
                times[c] = Arrays.copyOf(times[c], 2 * count[c]);
                ops[c] = Arrays.copyOf(ops[c], 2 * count[c]);
            }
            times[c][count[c]] = t;
            ops[c][count[c]++] = op;
            if (op.isWrite()) {
                if (writes == writeTimes.length) {
                    writeTimes = Arrays.copyOf(writeTimes, 2 * writes);
                    writeCodes = Arrays.copyOf(writeCodes, 2 * writes);
                }
                writeTimes[writes] = t;
                writeCodes[writes++] = op.code();
            }
        }
        List<ClientOps> out = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            out.add(new ClientOps(Arrays.copyOf(times[c], count[c]), Arrays.copyOf(ops[c], count[c])));
        }
        return new Schedule(out, Arrays.copyOf(writeTimes, writes), Arrays.copyOf(writeCodes, writes));
    }
}
