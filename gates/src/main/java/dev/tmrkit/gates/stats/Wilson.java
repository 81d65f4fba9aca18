package dev.tmrkit.gates.stats;

/**
 * The Wilson score interval for a binomial proportion: {@code successes} out of {@code trials}, at the
 * confidence given by the two-sided normal quantile {@code z} ({@link Normal#Z95}, {@link Normal#Z99} or
 * {@link Normal#twoSided}). Unlike the normal approximation it stays inside [0, 1] and behaves near 0
 * and 1 and for small samples. There is no default confidence: every caller names the one it reports.
 *
 * <p>With no trials at all the rate is unknown: {@link #of} returns {@link #NO_TRIALS}, NaN within
 * [0, 1].
 */
public record Wilson(double rate, double low, double high) {
    /** The interval of zero trials: an unknown rate, anywhere in [0, 1]. */
    public static final Wilson NO_TRIALS = new Wilson(Double.NaN, 0, 1);

    public Wilson {
        boolean unknown = Double.isNaN(rate) && low == 0 && high == 1;
        if (!unknown && !(0 <= low && low <= rate && rate <= high && high <= 1)) {
            throw new IllegalArgumentException("interval [" + low + ", " + high + "] does not contain " + rate);
        }
    }

    /**
     * @throws IllegalArgumentException unless {@code 0 <= successes <= trials} and z is positive and finite
     */
    public static Wilson of(long successes, long trials, double z) {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials, got " + successes + " of " + trials);
        }
        if (!(z > 0) || Double.isInfinite(z)) {
            throw new IllegalArgumentException("z must be positive and finite, got " + z);
        }
        if (trials == 0) {
            return NO_TRIALS;
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // rounding must not move a bound past the rate itself, nor past 0 and 1
        double low = successes == 0 ? 0 : Math.max(0, Math.min(p, centre - half));
        double high = successes == trials ? 1 : Math.min(1, Math.max(p, centre + half));
        return new Wilson(p, low, high);
    }

    /** Whether {@code value} lies in the closed interval. */
    public boolean contains(double value) {
        return low <= value && value <= high;
    }
}
