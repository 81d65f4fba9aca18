package dev.tmrkit.stateful.mission;

/**
 * Closed forms of reliability theory for replicas failing independently at rate λ (exponential
 * lifetimes), a perfect voter and perfect spare switching.
 *
 * <ul>
 *   <li>TMR: R(t) = 3e^(−2λt) − 2e^(−3λt), MTTF = 5/(6λ).</li>
 *   <li>One cold spare behind a single unit: R(t) = e^(−λt)(1 + λt); with S spares
 *       R(t) = e^(−λt) Σ_{j≤S} (λt)^j/j! (a Poisson count of failures), MTTF = (S+1)/λ.</li>
 *   <li>TMR with repair at rate μ, one repair at a time: MTTF = (5λ+μ)/(6λ²);
 *       R(t) = (s₁e^(s₂t) − s₂e^(s₁t))/(s₁ − s₂) with s₁, s₂ the roots of s² + (5λ+μ)s + 6λ².</li>
 *   <li>TMR with S cold spares: MTTF = (S+1)/(3λ) + 1/(2λ) (S + 1 failures at rate 3λ, then one at 2λ);
 *       R(t) = e^(−3λt) Σ_{j≤S} (3λt)^j/j! + 3^(S+1) e^(−2λt) (1 − e^(−λt) Σ_{j≤S} (λt)^j/j!).</li>
 *   <li>k-of-n: R(t) = Σ_{i=k}^{n} C(n,i) e^(−iλt) (1 − e^(−λt))^(n−i), MTTF = Σ_{j=0}^{n−k} 1/((n−j)λ).</li>
 * </ul>
 *
 * {@link #meanTimeToFailure(Configuration, double)} and {@link #reliability(Configuration, double, double)}
 * pick the formula for a configuration, falling back on its {@link FailureChain} where none is known.
 */
public final class ClosedForms {
    private ClosedForms() {
    }

    /** TMR, perfect voter, no repair: 5/(6λ). */
    public static double tmrMeanTimeToFailure(double lambda) {
        rate(lambda);
        return 5 / (6 * lambda);
    }

    /** TMR, perfect voter, no repair: 3e^(−2λt) − 2e^(−3λt). */
    public static double tmrReliability(double lambda, double t) {
        double x = rate(lambda) * checkTime(t);
        return probability(3 * Math.exp(-2 * x) - 2 * Math.exp(-3 * x));
    }

    /** One unit and one cold spare, perfect switching: e^(−λt)(1 + λt). */
    public static double coldSpareReliability(double lambda, double t) {
        double x = rate(lambda) * checkTime(t);
        return probability(Math.exp(-x) * (1 + x));
    }

    /** TMR whose failed replicas are repaired at rate μ, one at a time, while it is up: (5λ+μ)/(6λ²). */
    public static double tmrRepairMeanTimeToFailure(double lambda, double mu) {
        rate(lambda);
        repairRate(mu);
        return (5 * lambda + mu) / (6 * lambda * lambda);
    }

    /** TMR with S cold spares replacing failed replicas while they last: (S+1)/(3λ) + 1/(2λ). */
    public static double tmrSparesMeanTimeToFailure(double lambda, int spares) {
        rate(lambda);
        spares(spares);
        return (spares + 1) / (3 * lambda) + 1 / (2 * lambda);
    }

    /** One unit and S cold spares: e^(−λt) Σ_{j=0}^{S} (λt)^j/j!, the chance of at most S failures by t. */
    public static double simplexSparesReliability(double lambda, int spares, double t) {
        return poissonAtMost(rate(lambda) * checkTime(t), spares(spares));
    }

    /** One unit and S cold spares: (S+1)/λ. */
    public static double simplexSparesMeanTimeToFailure(double lambda, int spares) {
        return (spares(spares) + 1) / rate(lambda);
    }

    /**
     * TMR with S cold spares: e^(−3λt) Σ_{j≤S} (3λt)^j/j! + 3^(S+1) e^(−2λt) (1 − e^(−λt) Σ_{j≤S} (λt)^j/j!).
     * The first term is "at most S failures among the active three"; the second integrates the
     * (S+1)-th failure time (Erlang, rate 3λ) against the last pair surviving past t.
     */
    public static double tmrSparesReliability(double lambda, int spares, double t) {
        double x = rate(lambda) * checkTime(t);
        spares(spares);
        double tail = poissonMoreThan(x, spares);
        return probability(poissonAtMost(3 * x, spares) + Math.exp((spares + 1) * Math.log(3) - 2 * x + Math.log(tail)));
    }

    /**
     * TMR with repair at rate μ: (s₁e^(s₂t) − s₂e^(s₁t))/(s₁ − s₂), s₁ &gt; s₂ the roots of
     * s² + (5λ+μ)s + 6λ² (both negative; s₁ − s₂ = √(λ² + 10λμ + μ²)).
     */
    public static double tmrRepairReliability(double lambda, double mu, double t) {
        rate(lambda);
        repairRate(mu);
        checkTime(t);
        double b = 5 * lambda + mu;
        double d = Math.sqrt(lambda * lambda + 10 * lambda * mu + mu * mu);
        double s2 = -(b + d) / 2;
        double s1 = 6 * lambda * lambda / s2;   // Vieta, free of the cancellation in −(b − d)/2
        return probability((s1 * Math.exp(s2 * t) - s2 * Math.exp(s1 * t)) / d);
    }

    /** k working of n, no repair, no spares: Σ_{i=k}^{n} C(n,i) e^(−iλt) (1 − e^(−λt))^(n−i). */
    public static double kOfNReliability(int needed, int active, double lambda, double t) {
        new Configuration(active, needed, 0, 0);   // validates 1 ≤ needed ≤ active
        double x = rate(lambda) * checkTime(t);
        if (x == 0) {
            return 1;
        }
        double logDead = Math.log(-Math.expm1(-x));
        double sum = 0;
        for (int i = needed; i <= active; i++) {
            sum += Math.exp(logChoose(active, i) - i * x + (active - i) * logDead);
        }
        return probability(sum);
    }

    /** k working of n, no repair, no spares: Σ_{j=0}^{n−k} 1/((n−j)λ). */
    public static double kOfNMeanTimeToFailure(int needed, int active, double lambda) {
        new Configuration(active, needed, 0, 0);   // validates 1 ≤ needed ≤ active
        rate(lambda);
        double sum = 0;
        for (int j = 0; j <= active - needed; j++) {
            sum += 1 / ((active - j) * lambda);
        }
        return sum;
    }

    /** The mean time to failure of {@code c}, with the expression it comes from. */
    public static Formula meanTimeToFailure(Configuration c, double lambda) {
        rate(lambda);
        boolean tmr = c.active() == 3 && c.needed() == 2;
        boolean simplex = c.active() == 1;
        if (!c.repairs() && c.spares() == 0) {
            return tmr ? Formula.closed("5/(6λ)", tmrMeanTimeToFailure(lambda))
                    : simplex ? Formula.closed("1/λ", 1 / lambda)
                    : Formula.closed("Σ_{j=0}^{n−k} 1/((n−j)λ)", kOfNMeanTimeToFailure(c.needed(), c.active(), lambda));
        }
        if (!c.repairs() && tmr) {
            return Formula.closed("(S+1)/(3λ) + 1/(2λ)", tmrSparesMeanTimeToFailure(lambda, c.spares()));
        }
        if (!c.repairs() && simplex) {
            return Formula.closed("(S+1)/λ", simplexSparesMeanTimeToFailure(lambda, c.spares()));
        }
        if (tmr && c.spares() == 0) {
            return Formula.closed("(5λ+μ)/(6λ²)", tmrRepairMeanTimeToFailure(lambda, c.repairRate()));
        }
        return Formula.chain("mean absorption time", new FailureChain(c, lambda).meanTimeToFailure());
    }

    /** R(t) of {@code c}, with the expression it comes from. */
    public static Formula reliability(Configuration c, double lambda, double t) {
        rate(lambda);
        checkTime(t);
        boolean tmr = c.active() == 3 && c.needed() == 2;
        boolean simplex = c.active() == 1;
        if (!c.repairs() && c.spares() == 0) {
            return tmr ? Formula.closed("3e^(−2λt) − 2e^(−3λt)", tmrReliability(lambda, t))
                    : simplex ? Formula.closed("e^(−λt)", Math.exp(-lambda * t))
                    : Formula.closed("Σ_{i=k}^{n} C(n,i) e^(−iλt)(1−e^(−λt))^(n−i)",
                        kOfNReliability(c.needed(), c.active(), lambda, t));
        }
        if (!c.repairs() && simplex) {
            return c.spares() == 1 ? Formula.closed("e^(−λt)(1+λt)", coldSpareReliability(lambda, t))
                    : Formula.closed("e^(−λt) Σ_{j=0}^{S} (λt)^j/j!", simplexSparesReliability(lambda, c.spares(), t));
        }
        if (!c.repairs() && tmr) {
            return Formula.closed("e^(−3λt)Σ_{j≤S}(3λt)^j/j! + 3^(S+1)e^(−2λt)(1 − e^(−λt)Σ_{j≤S}(λt)^j/j!)",
                    tmrSparesReliability(lambda, c.spares(), t));
        }
        if (tmr && c.spares() == 0) {
            return Formula.closed("(s₁e^(s₂t) − s₂e^(s₁t))/(s₁−s₂), s₁,₂ roots of s² + (5λ+μ)s + 6λ²",
                    tmrRepairReliability(lambda, c.repairRate(), t));
        }
        return Formula.chain("survival probability", new FailureChain(c, lambda).reliability(t));
    }

    /** P(N ≤ s) for N Poisson with the given mean, summed in logs so that no term overflows. */
    static double poissonAtMost(double mean, int s) {
        if (mean == 0) {
            return 1;
        }
        double logTerm = -mean;
        double sum = Math.exp(logTerm);
        for (int j = 1; j <= s; j++) {
            logTerm += Math.log(mean) - Math.log(j);
            sum += Math.exp(logTerm);
        }
        return Math.min(1, sum);
    }

    /** P(N &gt; s) for N Poisson with the given mean: summed directly while the tail is small. */
    static double poissonMoreThan(double mean, int s) {
        if (mean == 0) {
            return 0;
        }
        if (mean > s + 1) {
            return Math.max(0, 1 - poissonAtMost(mean, s));
        }
        double logTerm = -mean;
        for (int j = 1; j <= s + 1; j++) {
            logTerm += Math.log(mean) - Math.log(j);
        }
        double term = Math.exp(logTerm);
        double sum = 0;
        for (int j = s + 2; term > 1e-18 * sum; j++) {
            sum += term;
            term *= mean / j;
        }
        return sum;
    }

    private static double logChoose(int n, int k) {
        double sum = 0;
        for (int i = 1; i <= k; i++) {
            sum += Math.log(n - k + i) - Math.log(i);
        }
        return sum;
    }

    /** Clamps a computed probability into [0, 1] against rounding. */
    private static double probability(double p) {
        return Math.max(0, Math.min(1, p));
    }

    static double checkTime(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("the time t must be finite and at least 0, got " + t);
        }
        return t;
    }

    private static double rate(double lambda) {
        return MissionSimulator.checkFailureRate(lambda);
    }

    private static void repairRate(double mu) {
        if (!(mu >= 0) || Double.isInfinite(mu)) {
            throw new IllegalArgumentException("the repair rate μ must be finite and at least 0, got " + mu);
        }
    }

    private static int spares(int spares) {
        if (spares < 0) {
            throw new IllegalArgumentException("spares must be at least 0, got " + spares);
        }
        return spares;
    }
}
