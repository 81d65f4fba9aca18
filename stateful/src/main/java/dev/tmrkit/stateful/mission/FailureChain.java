package dev.tmrkit.stateful.mission;

/**
 * The exact Markov model of a {@link Configuration}: since every failure and repair time is exponential,
 * the number f of failed, unrepaired replicas is a birth–death chain. From state f the next failure comes
 * at rate λ·min(active, active + spares − f) (the working active replicas; spares refill the active set),
 * a repair completes at rate μ when f &gt; 0 (one repairer), and the system fails on entering
 * f = active + spares − needed + 1.
 *
 * <p>The mean time to failure is Σ_f T_f, where T_f, the mean time to go from f to f + 1, satisfies
 * T_0 = 1/a_0 and T_f = (1 + b_f·T_{f−1})/a_f (a failure rates, b repair rates). R(t) is the row of the
 * matrix exponential exp(Q·t) of the transient generator Q for the all-new state, summed
 * (scaling and squaring with a Taylor series).
 */
public final class FailureChain {
    /** Largest number of transient states for which {@link #reliability} forms the matrix exponential. */
    public static final int MAX_STATES = 400;

    private final double[] failure;
    private final double[] repair;

    public FailureChain(Configuration configuration, double lambda) {
        MissionSimulator.checkFailureRate(lambda);
        int states = configuration.tolerated() + 1;
        failure = new double[states];
        repair = new double[states];
        int n = configuration.active();
        int total = n + configuration.spares();
        for (int f = 0; f < states; f++) {
            failure[f] = lambda * Math.min(n, total - f);
            repair[f] = f == 0 ? 0 : configuration.repairRate();
        }
    }

    /** Transient states: 0 … active + spares − needed failed replicas. */
    public int states() {
        return failure.length;
    }

    /** The exact mean time to failure from the all-new state. */
    public double meanTimeToFailure() {
        double sum = 0;
        double step = 0;
        for (int f = 0; f < failure.length; f++) {
            step = (1 + repair[f] * step) / failure[f];
            sum += step;
        }
        return sum;
    }

    /** The exact probability that the system is still up at time t, from the all-new state. */
    public double reliability(double t) {
        ClosedForms.checkTime(t);
        int m = failure.length;
        if (m > MAX_STATES) {
            throw new IllegalArgumentException("the chain has " + m + " states; R(t) is formed for at most " + MAX_STATES);
        }
        if (t == 0) {
            return 1;
        }
        double[][] a = new double[m][m];
        double norm = 0;
        for (int f = 0; f < m; f++) {
            a[f][f] = -(failure[f] + repair[f]) * t;
            if (f + 1 < m) {
                a[f][f + 1] = failure[f] * t;
            }
            if (f > 0) {
                a[f][f - 1] = repair[f] * t;
            }
            norm = Math.max(norm, 2 * (failure[f] + repair[f]) * t);
        }
        int squarings = Math.max(0, (int) Math.ceil(Math.log(norm / 0.25) / Math.log(2)));
        double scale = Math.scalb(1.0, -squarings);
        for (double[] row : a) {
            for (int j = 0; j < m; j++) {
                row[j] *= scale;
            }
        }
        double[][] e = identity(m);
        double[][] term = identity(m);
        for (int k = 1; k <= 30; k++) {
            term = multiply(term, a);
            double largest = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    term[i][j] /= k;
                    e[i][j] += term[i][j];
                    largest = Math.max(largest, Math.abs(term[i][j]));
                }
            }
            if (largest < 1e-18) {
                break;
            }
        }
        for (int s = 0; s < squarings; s++) {
            e = multiply(e, e);
        }
        double r = 0;
        for (int j = 0; j < m; j++) {
            r += e[0][j];
        }
        return Math.max(0, Math.min(1, r));
    }

    private static double[][] identity(int m) {
        double[][] id = new double[m][m];
        for (int i = 0; i < m; i++) {
            id[i][i] = 1;
        }
        return id;
    }

    private static double[][] multiply(double[][] x, double[][] y) {
        int m = x.length;
        double[][] z = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < m; k++) {
                double v = x[i][k];
                if (v != 0) {
                    for (int j = 0; j < m; j++) {
                        z[i][j] += v * y[k][j];
                    }
                }
            }
        }
        return z;
    }
}
