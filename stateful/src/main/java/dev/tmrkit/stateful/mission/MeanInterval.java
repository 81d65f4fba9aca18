package dev.tmrkit.stateful.mission;

import dev.tmrkit.gates.stats.Normal;

/**
 * A sample mean with its normal-approximation confidence interval {@code mean ± z·s/√n}, where
 * {@code s} is the sample standard deviation (divisor n − 1). Sound for the large samples of a Monte
 * Carlo run by the central limit theorem, whatever the distribution of the samples.
 */
public record MeanInterval(double mean, double standardDeviation, long samples, double low, double high) {
    public MeanInterval {
        if (samples < 2) {
            throw new IllegalArgumentException("a confidence interval for a mean needs at least 2 samples, got " + samples);
        }
        if (!(standardDeviation >= 0) || !(low <= mean && mean <= high)) {
            throw new IllegalArgumentException("inconsistent interval: mean " + mean + ", sd " + standardDeviation
                    + ", [" + low + ", " + high + "]");
        }
    }

    /** The interval at 99% confidence ({@link Normal#Z99}). */
    public static MeanInterval of(double mean, double standardDeviation, long samples) {
        return of(mean, standardDeviation, samples, Normal.Z99);
    }

    public static MeanInterval of(double mean, double standardDeviation, long samples, double z) {
        if (!(z > 0) || Double.isInfinite(z)) {
            throw new IllegalArgumentException("z must be positive and finite, got " + z);
        }
        double half = z * standardDeviation / Math.sqrt(samples);
        return new MeanInterval(mean, standardDeviation, samples, mean - half, mean + half);
    }

    /** Whether {@code value} lies in the closed interval. */
    public boolean contains(double value) {
        return low <= value && value <= high;
    }
}
