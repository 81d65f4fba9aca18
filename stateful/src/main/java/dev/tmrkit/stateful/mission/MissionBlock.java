package dev.tmrkit.stateful.mission;

import java.util.Arrays;

/**
 * The statistics of one block of consecutive missions: how many, the mean time to failure and the sum of
 * squared deviations from it (Welford), and how many were still up at each requested time. Blocks are the
 * unit of work, of sharding and of merging; merged in block order they give the same doubles however the
 * blocks were computed (threads, shards, machines).
 */
public record MissionBlock(long count, double mean, double m2, long[] alive) {
    public MissionBlock {
        if (count < 1 || !(m2 >= 0) || Double.isNaN(mean) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("not the statistics of a block: count " + count + ", mean " + mean + ", m2 " + m2);
        }
        alive = alive.clone();
        for (long a : alive) {
            if (a < 0 || a > count) {
                throw new IllegalArgumentException("a block of " + count + " missions cannot have " + a + " alive");
            }
        }
    }

    @Override
    public long[] alive() {
        return alive.clone();
    }

    /** Chan et al.'s pairwise combination; {@code this} block comes first. */
    public MissionBlock merge(MissionBlock next) {
        if (next.alive.length != alive.length) {
            throw new IllegalArgumentException("blocks estimated at different numbers of times");
        }
        long n = count + next.count;
        double delta = next.mean - mean;
        long[] a = new long[alive.length];
        for (int j = 0; j < a.length; j++) {
            a[j] = alive[j] + next.alive[j];
        }
        return new MissionBlock(n, mean + delta * next.count / n, m2 + next.m2 + delta * delta * ((double) count * next.count / n), a);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MissionBlock b && count == b.count && Double.compare(mean, b.mean) == 0 && Double.compare(m2, b.m2) == 0
                && Arrays.equals(alive, b.alive);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(count) * 31 + Double.hashCode(mean) * 17 + Double.hashCode(m2) + Arrays.hashCode(alive);
    }

    @Override
    public String toString() {
        return "MissionBlock[count=" + count + ", mean=" + mean + ", m2=" + m2 + ", alive=" + Arrays.toString(alive) + "]";
    }

    /** Welford's running accumulation of one block's missions. */
    static final class Accumulator {
        private long count;
        private double mean;
        private double m2;
        private final long[] alive;

        Accumulator(int times) {
            alive = new long[times];
        }

        void add(double x, double[] at) {
            count++;
            double delta = x - mean;
            mean += delta / count;
            m2 += delta * (x - mean);
            for (int j = 0; j < at.length; j++) {
                if (x > at[j]) {
                    alive[j]++;
                }
            }
        }

        MissionBlock block() {
            return new MissionBlock(count, mean, m2, alive);
        }
    }
}
