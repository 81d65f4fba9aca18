package dev.tmrkit.stateful.mission;

import dev.tmrkit.gates.stats.Normal;
import dev.tmrkit.gates.stats.Wilson;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

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

    /** How many blocks {@code missions} missions make (the last may be short). */
    public static int blocks(long missions) {
        return Math.toIntExact((missions + BLOCK - 1) / BLOCK);
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
        return result(missions, times, seed, run(missions, times, seed, threads, b -> true));
    }

    /**
     * Runs the blocks that {@code held} accepts (block b holds missions {@code b·BLOCK} up to the next
     * block or {@code missions}); the others stay null. Each block's statistics are the same whichever
     * blocks run beside it and on how many threads: {@link #result} of all blocks equals {@link #run(long, List, long, int)}.
     */
    public MissionBlock[] run(long missions, List<Double> times, long seed, int threads, IntPredicate held) {
        if (missions < 2) {
            throw new IllegalArgumentException("a run needs at least 2 missions, got " + missions);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        double[] at = times(times);
        int[] chosen = IntStream.range(0, blocks(missions)).filter(held).toArray();
        MissionBlock[] done = new MissionBlock[blocks(missions)];
        int workers = Math.min(threads, chosen.length);
        if (workers == 1) {
            runBlocks(chosen, 0, chosen.length, missions, at, seed, done);
        } else if (workers > 1) {
            parallel(workers, chosen, missions, at, seed, done);
        }
        return done;
    }

    /** The estimates from the statistics of every block of a run of {@code missions} missions, merged in block order. */
    public MissionResult result(long missions, List<Double> times, long seed, MissionBlock[] blocks) {
        double[] at = times(times);
        if (missions < 2 || blocks.length != blocks(missions)) {
            throw new IllegalArgumentException(missions + " missions make " + blocks(missions) + " blocks, not " + blocks.length);
        }
        MissionBlock total = null;
        for (int b = 0; b < blocks.length; b++) {
            long size = Math.min(missions, (long) (b + 1) * BLOCK) - (long) b * BLOCK;
            if (blocks[b] == null || blocks[b].count() != size || blocks[b].alive().length != at.length) {
                throw new IllegalArgumentException("block " + b + " is " + (blocks[b] == null ? "missing" : "not one of this run: "
                        + blocks[b]));
            }
            total = total == null ? blocks[b] : total.merge(blocks[b]);
        }
        long[] alive = total.alive();
        List<SurvivalEstimate> survival = new ArrayList<>();
        for (int j = 0; j < at.length; j++) {
            survival.add(new SurvivalEstimate(at[j], alive[j], missions, Wilson.of(alive[j], missions, Normal.Z99)));
        }
        double sd = Math.sqrt(total.m2() / (missions - 1));
        return new MissionResult(configuration, lambda, missions, seed, MeanInterval.of(total.mean(), sd, missions),
                List.copyOf(survival));
    }

    private static double[] times(List<Double> times) {
        double[] at = new double[times.size()];
        for (int j = 0; j < at.length; j++) {
            Double t = times.get(j);
            if (t == null || !(t >= 0) || t.isInfinite()) {
                throw new IllegalArgumentException("times must be finite and at least 0, got " + t);
            }
            at[j] = t;
        }
        return at;
    }

    private void parallel(int workers, int[] chosen, long missions, double[] at, long seed, MissionBlock[] done) {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "tmrkit-missions");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int from = (int) ((long) chosen.length * w / workers);
                int to = (int) ((long) chosen.length * (w + 1) / workers);
                futures.add(pool.submit(() -> runBlocks(chosen, from, to, missions, at, seed, done)));
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

    /** Blocks {@code chosen[from..to)} (ascending): walks the root's splits past the missions of other blocks. */
    private void runBlocks(int[] chosen, int from, int to, long missions, double[] at, long seed, MissionBlock[] done) {
        SplittableRandom root = new SplittableRandom(seed);
        long next = 0; // the mission whose split root.split() gives next
        Mission mission = new Mission(configuration, lambda);
        for (int k = from; k < to; k++) {
            int b = chosen[k];
            for (long first = (long) b * BLOCK; next < first; next++) {
                root.split();
            }
            long end = Math.min(missions, (long) (b + 1) * BLOCK);
            MissionBlock.Accumulator block = new MissionBlock.Accumulator(at.length);
            for (; next < end; next++) {
                block.add(mission.timeToFailure(root.split()), at);
            }
            done[b] = block.block();
        }
    }
}
