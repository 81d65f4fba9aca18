package dev.tmrkit.gates.stats;

/**
 * The inverse of the standard normal distribution function, by Peter Acklam's rational approximation
 * (relative error below 1.15e-9 over the whole open interval), used for the quantile {@code t} of a
 * confidence level.
 */
public final class Normal {
    /** Two-sided 95% confidence: the 0.975 quantile. */
    public static final double Z95 = 1.959963984540054;
    /** Two-sided 99% confidence: the 0.995 quantile. */
    public static final double Z99 = 2.5758293035489004;

    private static final double[] A = {
        -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
    };
    private static final double[] B = {
        -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01
    };
    private static final double[] C = {
        -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
    };
    private static final double[] D = {
        7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
    };
    private static final double P_LOW = 0.02425;

    private Normal() {
    }

    /**
     * The {@code x} with Φ(x) = {@code probability}, for a probability strictly between 0 and 1.
     *
     * @throws IllegalArgumentException outside (0, 1)
     */
    public static double quantile(double probability) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1): " + probability);
        }
        if (probability < P_LOW) {
            return tail(Math.sqrt(-2 * Math.log(probability)));
        }
        if (probability > 1 - P_LOW) {
            return -tail(Math.sqrt(-2 * Math.log1p(-probability)));
        }
        double q = probability - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }

    /** The lower-tail branch, with q = sqrt(-2 ln p). */
    private static double tail(double q) {
        return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }

    /**
     * The two-sided quantile of a confidence level: the {@code t} with P(|Z| ≤ t) = {@code confidence}
     * (1.959964 for 0.95, 2.575829 for 0.99). For exactly 0.95 and 0.99 it is {@link #Z95} and {@link #Z99},
     * correct to the last digit, so a report at the default level does not change with the approximation.
     */
    public static double twoSided(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        if (confidence == 0.95) {
            return Z95;
        }
        if (confidence == 0.99) {
            return Z99;
        }
        return quantile(1 - (1 - confidence) / 2);
    }
}
