package dev.tmrkit.stateful.mission;

import dev.tmrkit.gates.stats.Normal;
import dev.tmrkit.gates.stats.Wilson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs many independent {@link Mission missions} of one configuration and estimates the mean time to
 * failure and the reliability R(t) — the fraction of missions still up at t — with 99% intervals.
 *
 * <p>Reproducible whatever the thread count: mission {@code i} draws only from the {@code i}-th split of
 * {@code new SplittableRandom(seed)}; missions are grouped in fixed blocks of {@value #BLOCK}, each
 * worker takes a contiguous run of blocks, and the per-block statistics are merged in block order, so
 * even the rounding of the mean is the same for 1 thread or 64.
 */
public final class MissionSimulator {
    /** Missions per block, the unit of work and of merging. */
    public static final int BLOCK = 1024;

    private final Configuration configuration;
    private final double lambda;

    /**
     * @param lambda failures per unit time of each active replica, finite and positive
     */
    public MissionSimulator(Configuration configuration, double lambda) {
        this.configuration = configuration;
        this.lambda = checkFailureRate(lambda);
    }

    static double checkFailureRate(double lambda) {
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("the failure rate λ must be positive and finite, got " + lambda);
        }
        return lambda;
    }

    /**
     * Runs {@code missions} missions.
     *
     * @param missions at least 2 (the interval of the mean needs a standard deviation)
     * @param times    the times at which to estimate R(t), each finite and at least 0 (may be empty)
     * @param seed     the root seed; mission i uses its i-th split
     * @param threads  worker threads, at least 1; the result does not depend on it
     */
    public MissionResult run(long missions, List<Double> times, long seed, int threads) {
        if (missions < 2) {
            throw new IllegalArgumentException("a run needs at least 2 missions, got " + missions);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        double[] at = new double[times.size()];
        for (int j = 0; j < at.length; j++) {
            Double t = times.get(j);
            if (t == null || !(t >= 0) || t.isInfinite()) {
                throw new IllegalArgumentException("times must be finite and at least 0, got " + t);
            }
            at[j] = t;
        }
        int blocks = Math.toIntExact((missions + BLOCK - 1) / BLOCK);
        Block[] done = new Block[blocks];
        int workers = Math.min(threads, blocks);
        if (workers == 1) {
            runBlocks(0, blocks, missions, at, seed, done);
        } else {
            parallel(workers, blocks, missions, at, seed, done);
        }
        Block total = done[0];
        for (int b = 1; b < blocks; b++) {
            total = total.merge(done[b]);
        }
        List<SurvivalEstimate> survival = new ArrayList<>();
        for (int j = 0; j < at.length; j++) {
            survival.add(new SurvivalEstimate(at[j], total.alive[j], missions, Wilson.of(total.alive[j], missions, Normal.Z99)));
        }
        double sd = Math.sqrt(total.m2 / (missions - 1));
        return new MissionResult(configuration, lambda, missions, seed, MeanInterval.of(total.mean, sd, missions),
                List.copyOf(survival));
    }

    private void parallel(int workers, int blocks, long missions, double[] at, long seed, Block[] done) {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "tmrkit-missions");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int from = (int) ((long) blocks * w / workers);
                int to = (int) ((long) blocks * (w + 1) / workers);
                futures.add(pool.submit(() -> runBlocks(from, to, missions, at, seed, done)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("missions interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("missions failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Blocks [from, to): walks the root's splits to the first mission of block {@code from}, then runs. */
    private void runBlocks(int from, int to, long missions, double[] at, long seed, Block[] done) {
        SplittableRandom root = new SplittableRandom(seed);
        long first = (long) from * BLOCK;
        for (long i = 0; i < first; i++) {
            root.split();
        }
        Mission mission = new Mission(configuration, lambda);
        for (int b = from; b < to; b++) {
            long end = Math.min(missions, (long) (b + 1) * BLOCK);
            Block block = new Block(at.length);
            for (long i = (long) b * BLOCK; i < end; i++) {
                block.add(mission.timeToFailure(root.split()), at);
            }
            done[b] = block;
        }
    }

    /** Count, mean and sum of squared deviations (Welford), and missions alive at each time. */
    private static final class Block {
        long count;
        double mean;
        double m2;
        final long[] alive;

        Block(int times) {
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

        /** Chan et al.'s pairwise combination; {@code this} comes first. */
        Block merge(Block other) {
            Block m = new Block(alive.length);
            m.count = count + other.count;
            double delta = other.mean - mean;
            m.mean = mean + delta * other.count / m.count;
            m.m2 = m2 + other.m2 + delta * delta * ((double) count * other.count / m.count);
            for (int j = 0; j < alive.length; j++) {
                m.alive[j] = alive[j] + other.alive[j];
            }
            return m;
        }

        @Override
        public String toString() {
            return "Block[count=" + count + ", mean=" + mean + ", alive=" + Arrays.toString(alive) + "]";
        }
    }
}
