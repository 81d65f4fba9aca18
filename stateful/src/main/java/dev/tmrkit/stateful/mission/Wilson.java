package dev.tmrkit.stateful.mission;

/**
 * The Wilson score interval for a binomial proportion: {@code successes} out of {@code trials}, at the
 * confidence given by the normal quantile {@code z}. Unlike the normal approximation it stays inside
 * [0, 1] and behaves near 0 and 1 and for small samples.
 */
public record Wilson(double rate, double low, double high) {
    /** Two-sided 99% confidence: the 0.995 quantile of the standard normal distribution. */
    public static final double Z99 = 2.5758293035489004;

    public Wilson {
        if (!(low <= rate && rate <= high)) {
            throw new IllegalArgumentException("interval [" + low + ", " + high + "] does not contain " + rate);
        }
    }

    /** The interval at 99% confidence. */
    public static Wilson of(long successes, long trials) {
        return of(successes, trials, Z99);
    }

    public static Wilson of(long successes, long trials, double z) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials and trials >= 1, got "
                    + successes + " of " + trials);
        }
        if (!(z > 0) || Double.isInfinite(z)) {
            throw new IllegalArgumentException("z must be positive and finite, got " + z);
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
