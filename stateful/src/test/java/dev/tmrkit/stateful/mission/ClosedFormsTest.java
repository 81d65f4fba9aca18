package dev.tmrkit.stateful.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.tmrkit.testing.Properties.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The closed forms against computations that do not share their derivation. */
class ClosedFormsTest {
    private static final double EPS = 1e-9;

    @Test
    void integratingTheTmrReliabilityGivesFiveSixthsOverLambda() {
        for (double lambda : new double[] {1e-4, 0.01, 1, 7}) {
            double integral = integrateToInfinity(t -> ClosedForms.tmrReliability(lambda, t));
            assertRelative(5 / (6 * lambda), integral, 1e-8);
            assertRelative(ClosedForms.tmrMeanTimeToFailure(lambda), integral, 1e-8);
        }
    }

    @Test
    void tmrReliabilityIsTheChanceThatTwoOfThreeExponentialLifetimesExceedT() {
        qt().forAll(doubles().between(1e-4, 10), doubles().between(0, 50)).checkAssert((lambda, t) -> {
            double p = Math.exp(-lambda * t);
            assertEquals(p * p * p + 3 * p * p * (1 - p), ClosedForms.tmrReliability(lambda, t), EPS);
            assertEquals(ClosedForms.kOfNReliability(2, 3, lambda, t), ClosedForms.tmrReliability(lambda, t), EPS);
        });
    }

    @Test
    void repairMttfSolvesTheAbsorbingChainsLinearEquations() {
        // m0 = 1/(3λ) + m1 ;  m1 = 1/(2λ+μ) + μ/(2λ+μ)·m0  ⇔  [3λ −3λ; −μ 2λ+μ]·m = [1; 1]
        qt().forAll(doubles().between(1e-4, 10), doubles().between(0, 1000)).checkAssert((lambda, mu) -> {
            double a = 3 * lambda;
            double b = -3 * lambda;
            double c = -mu;
            double d = 2 * lambda + mu;
            double m0 = (1 * d - b * 1) / (a * d - b * c);   // Cramer's rule
            assertRelative(m0, ClosedForms.tmrRepairMeanTimeToFailure(lambda, mu), 1e-9);
        });
    }

    @Test
    void repairReliabilityIntegratesToTheRepairMttfAndSolvesKolmogorovsEquations() {
        for (double[] lm : new double[][] {{1, 0}, {1, 0.5}, {0.01, 0.3}, {2, 20}}) {
            double lambda = lm[0];
            double mu = lm[1];
            assertRelative(ClosedForms.tmrRepairMeanTimeToFailure(lambda, mu),
                    integrateToInfinity(t -> ClosedForms.tmrRepairReliability(lambda, mu, t)), 1e-7);
            // p0' = −3λ p0 + μ p1, p1' = 3λ p0 − (2λ+μ) p1, R = p0 + p1, integrated with RK4
            double t = 1 / lambda;
            int steps = 20_000;
            double h = t / steps;
            double p0 = 1;
            double p1 = 0;
            for (int i = 0; i < steps; i++) {
                double[] k1 = kolmogorov(lambda, mu, p0, p1);
                double[] k2 = kolmogorov(lambda, mu, p0 + h / 2 * k1[0], p1 + h / 2 * k1[1]);
                double[] k3 = kolmogorov(lambda, mu, p0 + h / 2 * k2[0], p1 + h / 2 * k2[1]);
                double[] k4 = kolmogorov(lambda, mu, p0 + h * k3[0], p1 + h * k3[1]);
                p0 += h / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
                p1 += h / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
            }
            assertEquals(p0 + p1, ClosedForms.tmrRepairReliability(lambda, mu, t), 1e-9);
        }
    }

    private static double[] kolmogorov(double lambda, double mu, double p0, double p1) {
        return new double[] {-3 * lambda * p0 + mu * p1, 3 * lambda * p0 - (2 * lambda + mu) * p1};
    }

    @Test
    void withoutRepairOrSparesTheDynamicFormsReduceToTmr() {
        qt().forAll(doubles().between(1e-4, 10), doubles().between(0, 20)).checkAssert((lambda, t) -> {
            assertRelative(5 / (6 * lambda), ClosedForms.tmrSparesMeanTimeToFailure(lambda, 0), 1e-12);
            assertRelative(5 / (6 * lambda), ClosedForms.tmrRepairMeanTimeToFailure(lambda, 0), 1e-12);
            assertEquals(ClosedForms.tmrReliability(lambda, t), ClosedForms.tmrSparesReliability(lambda, 0, t), EPS);
            assertEquals(ClosedForms.tmrReliability(lambda, t), ClosedForms.tmrRepairReliability(lambda, 0, t), EPS);
        });
    }

    @Test
    void integratingTheSparesReliabilityGivesTheSparesMttf() {
        for (double lambda : new double[] {0.001, 1, 5}) {
            for (int s = 0; s <= 6; s++) {
                int spares = s;
                assertRelative((s + 1) / (3 * lambda) + 1 / (2 * lambda),
                        integrateToInfinity(t -> ClosedForms.tmrSparesReliability(lambda, spares, t)), 1e-8);
                assertRelative((s + 1) / lambda,
                        integrateToInfinity(t -> ClosedForms.simplexSparesReliability(lambda, spares, t)), 1e-8);
            }
        }
    }

    @Test
    void sparesReliabilityIsTheErlangThenExponentialConvolution() {
        // up at t: fewer than S+1 failures among the active three by t, or the (S+1)-th failure at u ≤ t
        // (Erlang(S+1, 3λ) density) and the remaining pair's first failure after t
        qt().withExamples(40).forAll(doubles().between(0.01, 5), integers().between(0, 8), doubles().between(0.01, 3))
                .checkAssert((lambda, spares, x) -> {
                    double t = x / lambda;
                    double rate = 3 * lambda;
                    double none = ClosedForms.poissonAtMost(rate * t, spares);
                    double conv = simpson(u -> Math.exp(-rate * u + (spares + 1) * Math.log(rate) + (spares == 0 ? 0 : spares * Math.log(u))
                            - logFactorial(spares)) * Math.exp(-2 * lambda * (t - u)), 0, t, 20_000);
                    assertEquals(none + conv, ClosedForms.tmrSparesReliability(lambda, spares, t), 1e-8);
                });
    }

    @Test
    void oneColdSpareIsThePoissonChanceOfAtMostOneFailure() {
        qt().forAll(doubles().between(1e-4, 10), doubles().between(0, 30)).checkAssert((lambda, t) -> {
            double x = lambda * t;
            assertEquals(Math.exp(-x) + x * Math.exp(-x), ClosedForms.coldSpareReliability(lambda, t), EPS);
            assertEquals(ClosedForms.coldSpareReliability(lambda, t), ClosedForms.simplexSparesReliability(lambda, 1, t), EPS);
            assertEquals(Math.exp(-x), ClosedForms.simplexSparesReliability(lambda, 0, t), EPS);
        });
    }

    @Test
    void kOfNCoversSimplexSeriesAndParallel() {
        qt().forAll(integers().between(1, 12), doubles().between(1e-3, 3), doubles().between(0, 10)).checkAssert((n, lambda, t) -> {
            double p = Math.exp(-lambda * t);
            assertEquals(Math.pow(p, n), ClosedForms.kOfNReliability(n, n, lambda, t), EPS);           // series
            assertEquals(1 - Math.pow(1 - p, n), ClosedForms.kOfNReliability(1, n, lambda, t), EPS);    // parallel
            assertRelative(1 / (n * lambda), ClosedForms.kOfNMeanTimeToFailure(n, n, lambda), 1e-12);
        });
        for (int n = 1; n <= 7; n++) {
            for (int k = 1; k <= n; k++) {
                int needed = k;
                int active = n;
                assertRelative(ClosedForms.kOfNMeanTimeToFailure(k, n, 0.5),
                        integrateToInfinity(t -> ClosedForms.kOfNReliability(needed, active, 0.5, t)), 1e-8);
            }
        }
    }

    @Test
    void theMarkovChainAgreesWithEveryClosedForm() {
        qt().withExamples(60).forAll(doubles().between(1e-3, 5), doubles().between(0, 50), integers().between(0, 6),
                doubles().between(0, 4)).checkAssert((lambda, mu, spares, x) -> {
                    double t = x / lambda;
                    check(Configuration.tmr(), lambda, t);
                    check(Configuration.tmrWithRepair(mu), lambda, t);
                    check(Configuration.tmrWithSpares(spares), lambda, t);
                    check(Configuration.simplexWithSpares(spares), lambda, t);
                    check(Configuration.kOfN(3, 5), lambda, t);
                });
    }

    private static void check(Configuration c, double lambda, double t) {
        FailureChain chain = new FailureChain(c, lambda);
        Formula mttf = ClosedForms.meanTimeToFailure(c, lambda);
        Formula r = ClosedForms.reliability(c, lambda, t);
        assertTrue(mttf.closedForm() && r.closedForm(), c.label());
        assertRelative(chain.meanTimeToFailure(), mttf.value(), 1e-10);
        assertEquals(chain.reliability(t), r.value(), 1e-9, c.label() + " at t = " + t);
    }

    @Test
    void configurationsWithoutAClosedFormFallBackOnTheChain() {
        Configuration both = new Configuration(3, 2, 2, 0.5);
        Formula f = ClosedForms.meanTimeToFailure(both, 1);
        assertFalse(f.closedForm());
        assertTrue(f.expression().contains("Markov chain"), f.expression());
        assertRelative(integrateToInfinity(t -> ClosedForms.reliability(both, 1, t).value(), 200), f.value(), 1e-6);
    }

    @Test
    void reliabilityStartsAtOneAndFallsToZero() {
        for (Configuration c : new Configuration[] {Configuration.tmr(), Configuration.tmrWithRepair(3),
            Configuration.tmrWithSpares(2), Configuration.simplexWithSpares(1), Configuration.kOfN(2, 4)}) {
            assertEquals(1, ClosedForms.reliability(c, 0.2, 0).value(), 0, c.label());
            double previous = 1;
            for (double t = 0.5; t < 400; t *= 1.5) {
                double r = ClosedForms.reliability(c, 0.2, t).value();
                assertTrue(r <= previous + 1e-15 && r >= 0, c.label() + " at " + t);
                previous = r;
            }
            assertTrue(previous < 1e-6, c.label() + " " + previous);
        }
    }

    @Test
    void theNamedFormulasArePrintedAsTheyAreKnown() {
        assertEquals("5/(6λ)", ClosedForms.meanTimeToFailure(Configuration.tmr(), 1).expression());
        assertEquals("3e^(−2λt) − 2e^(−3λt)", ClosedForms.reliability(Configuration.tmr(), 1, 1).expression());
        assertEquals("(5λ+μ)/(6λ²)", ClosedForms.meanTimeToFailure(Configuration.tmrWithRepair(1), 1).expression());
        assertEquals("(S+1)/(3λ) + 1/(2λ)", ClosedForms.meanTimeToFailure(Configuration.tmrWithSpares(2), 1).expression());
        assertEquals("e^(−λt)(1+λt)", ClosedForms.reliability(Configuration.simplexWithSpares(1), 1, 1).expression());
    }

    @Test
    void nonPositiveFailureRatesAndBadTimesAreRefusedByName() {
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClosedForms.tmrMeanTimeToFailure(bad));
            assertTrue(e.getMessage().contains("failure rate λ"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> ClosedForms.meanTimeToFailure(Configuration.tmr(), bad));
            assertThrows(IllegalArgumentException.class, () -> new FailureChain(Configuration.tmr(), bad));
        }
        assertThrows(IllegalArgumentException.class, () -> ClosedForms.tmrReliability(1, -1));
        assertThrows(IllegalArgumentException.class, () -> ClosedForms.tmrReliability(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ClosedForms.tmrRepairMeanTimeToFailure(1, -0.5));
        assertThrows(IllegalArgumentException.class, () -> ClosedForms.tmrSparesMeanTimeToFailure(1, -1));
        assertThrows(IllegalArgumentException.class, () -> ClosedForms.kOfNReliability(4, 3, 1, 1));
    }

    /** ∫_0^∞ f, f decreasing to 0: Simpson's rule on doubling segments [a, 2a] until f is below 1e-17. */
    private static double integrateToInfinity(DoubleUnaryOperator f) {
        return integrateToInfinity(f, 1000);
    }

    private static double integrateToInfinity(DoubleUnaryOperator f, int intervalsPerSegment) {
        double a = 1e-6;
        double sum = simpson(f, 0, a, intervalsPerSegment);
        while (f.applyAsDouble(a) > 1e-17) {
            sum += simpson(f, a, 2 * a, intervalsPerSegment);
            a *= 2;
        }
        return sum;
    }

    private static double simpson(DoubleUnaryOperator f, double a, double b, int intervals) {
        double h = (b - a) / intervals;
        double sum = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < intervals; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        }
        return sum * h / 3;
    }

    private static double logFactorial(int n) {
        double s = 0;
        for (int i = 2; i <= n; i++) {
            s += Math.log(i);
        }
        return s;
    }

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, tolerance * Math.abs(expected), () -> "expected " + expected + ", got " + actual);
    }
}
