package dev.tmrkit.circuits.campaign;

/**
 * The Wilson score interval for a binomial proportion: well behaved near 0 and 1 and for small samples,
 * unlike the normal approximation.
 */
public record Wilson(double rate, double low, double high) {
    /** 95% confidence. */
    public static final double Z95 = 1.959963984540054;

    public static Wilson of(long successes, long trials) {
        return of(successes, trials, Z95);
    }

    public static Wilson of(long successes, long trials, double z) {
        if (trials <= 0) {
            return new Wilson(Double.NaN, 0, 1);
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // rounding must not move a bound past the rate itself at 0 and at 1
        double low = successes == 0 ? 0 : Math.max(0, Math.min(p, centre - half));
        double high = successes == trials ? 1 : Math.min(1, Math.max(p, centre + half));
        return new Wilson(p, low, high);
    }
}
