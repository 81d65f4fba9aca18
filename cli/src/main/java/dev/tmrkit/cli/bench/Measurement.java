package dev.tmrkit.cli.bench;

import java.util.Arrays;

/**
 * Repeats a piece of work: warm-up runs, then measured runs, each repeating the work until at least
 * {@code minNanos} have passed; reports the median rate and the range.
 */
final class Measurement {
    private final int warmups;
    private final int runs;
    private final long minNanos;

    Measurement(int warmups, int runs, long minNanos) {
        this.warmups = warmups;
        this.runs = runs;
        this.minNanos = minNanos;
    }

    int runs() {
        return runs;
    }

    int warmups() {
        return warmups;
    }

    /** Work that returns how many units it did. */
    interface Work {
        long run() throws Exception;
    }

    /** Median of the run rates (units per second), and every run rate. */
    record Result(double median, double[] rates) {
        double min() {
            return Arrays.stream(rates).min().orElse(Double.NaN);
        }

        double max() {
            return Arrays.stream(rates).max().orElse(Double.NaN);
        }
    }

    Result rate(Work work) throws Exception {
        return measure(work, warmups, runs, minNanos);
    }

    /**
     * As {@link #rate}, timed by this thread's CPU time instead of the wall clock: the clock of peers that
     * print CPU time (ABC's {@code sim}), and steadier on a shared machine.
     */
    Result cpuRate(Work work) throws Exception {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return measure(work, warmups, runs, minNanos, threads::getCurrentThreadCpuTime);
    }

    /** As {@link #rate} with explicit counts, for long-running work measured fewer times. */
    static Result measure(Work work, int warmups, int runs, long minNanos) throws Exception {
        return measure(work, warmups, runs, minNanos, System::nanoTime);
    }

    private static Result measure(Work work, int warmups, int runs, long minNanos, java.util.function.LongSupplier clock) throws Exception {
        for (int i = 0; i < warmups; i++) {
            once(work, minNanos, clock);
        }
        double[] rates = new double[runs];
        for (int i = 0; i < runs; i++) {
            rates[i] = once(work, minNanos, clock);
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        return new Result(median, rates);
    }

    private static double once(Work work, long minNanos, java.util.function.LongSupplier clock) throws Exception {
        long units = 0;
        long start = clock.getAsLong();
        long elapsed;
        do {
            units += work.run();
            elapsed = clock.getAsLong() - start;
        } while (elapsed < minNanos);
        return units / (elapsed / 1e9);
    }
}
