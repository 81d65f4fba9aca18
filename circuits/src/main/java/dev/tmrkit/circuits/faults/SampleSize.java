package dev.tmrkit.circuits.faults;

import dev.tmrkit.gates.stats.Normal;

/**
 * How many faults a statistical fault-injection campaign must inject so that the proportion it measures
 * (failures, say) is within a margin of error of the whole population's at a given confidence: Leveugle,
 * Calvez, Maistri and Vanhauwaert, "Statistical fault injection: quantified error and confidence",
 * DATE 2009,
 * <pre>
 *   n = N / (1 + e² (N − 1) / (t² p (1 − p)))
 * </pre>
 * with N the population, e the margin (a fraction: 0.01 for 1%), t the two-sided normal quantile of the
 * confidence ({@link Normal#twoSided}) and p the expected proportion; p = 0.5, the default, is the
 * worst case. The result is rounded up.
 */
public final class SampleSize {
    /** Absorbs rounding error so that a mathematically whole n is not rounded up past itself. */
    private static final double SLACK = 1e-9;

    private SampleSize() {
    }

    /** The sample size for p = 0.5. */
    public static long leveugle(long population, double margin, double confidence) {
        return leveugle(population, margin, confidence, 0.5);
    }

    /** The sample size, rounded up; never more than the population. */
    public static long leveugle(long population, double margin, double confidence, double p) {
        return roundUp(exact(population, margin, Normal.twoSided(confidence), p), population);
    }

    /** The sample size with a given quantile {@code t} (for the paper's t = 1.96 or 2.576), rounded up. */
    public static long withQuantile(long population, double margin, double t, double p) {
        return roundUp(exact(population, margin, t, p), population);
    }

    /** The unrounded n of the formula with quantile {@code t}. */
    public static double exact(long population, double margin, double t, double p) {
        if (population < 1) {
            throw new IllegalArgumentException("population must be at least 1: " + population);
        }
        check(margin, p);
        if (!(t > 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("quantile t must be positive: " + t);
        }
        double spread = t * t * p * (1 - p);
        return population / (1 + margin * margin * (population - 1) / spread);
    }

    /** The limit for an infinite population, t² p (1 − p) / e², rounded up. */
    public static long infinite(double margin, double confidence, double p) {
        check(margin, p);
        double t = Normal.twoSided(confidence);
        return (long) Math.ceil(t * t * p * (1 - p) / (margin * margin) - SLACK);
    }

    private static void check(double margin, double p) {
        if (!(margin > 0 && margin < 1)) {
            throw new IllegalArgumentException("margin must be in (0, 1): " + margin);
        }
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1): " + p);
        }
    }

    private static long roundUp(double n, long population) {
        return Math.min(population, Math.max(1, (long) Math.ceil(n - SLACK)));
    }
}
