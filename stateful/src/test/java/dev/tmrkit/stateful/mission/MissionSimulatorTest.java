package dev.tmrkit.stateful.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.gates.stats.Normal;
import dev.tmrkit.gates.stats.Wilson;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Simulation against the closed forms: every figure's interval must contain its formula.
 *
 * <p>Seeds are fixed, so each check is one fixed draw. (An earlier version checked each figure at 99% and
 * replaced the seeds of the runs that missed by chance; the family-level check below needs no such
 * replacement, and no seed was changed to make it pass.) The product prints 99% intervals, and a correct simulation misses about one figure in a
 * hundred — {@link #intervalsMissAboutOnceInAHundredRuns} measures that rather than assumes it. These tests
 * compare {@value #FIGURES} figures at once, so each is checked at the Bonferroni level 1 − 0.01/{@value #FIGURES}
 * (z ≈ 3.89): the chance that a correct simulation fails any of them is at most 1%. What the tests guard
 * against is a wrong formula or a biased simulation, which misses by far more than that widening:
 * {@link #theIntervalsAreNarrowEnoughToRejectAWrongFormula}.
 */
class MissionSimulatorTest {
    private static final long MISSIONS = 40_000;
    /** Figures compared with a formula by {@link #validate}, in all tests of this class: 20 runs of 5 figures. */
    private static final int FIGURES = 100;
    /** The two-sided z of each figure's interval, 99% for the family by Bonferroni. */
    private static final double Z_FAMILY = Normal.twoSided(1 - 0.01 / FIGURES);

    @Test
    void tmrMatchesFiveSixthsOverLambdaAndThreeEMinusTwoE() {
        long seed = 10;
        for (double lambda : new double[] {1e-3, 0.5, 4}) {
            MissionReport r = validate(Configuration.tmr(), lambda, seed++);
            assertEquals("5/(6λ)", r.meanTimeToFailure().formula().expression());
            assertEquals(5 / (6 * lambda), r.meanTimeToFailure().formula().value(), 1e-12 / lambda);
        }
    }

    @Test
    void tmrWithRepairMatchesFiveLambdaPlusMuOverSixLambdaSquared() {
        for (double[] lms : new double[][] {{1, 0.5, 20}, {0.01, 0.1, 21}, {2, 20, 23}}) {
            MissionReport r = validate(Configuration.tmrWithRepair(lms[1]), lms[0], (long) lms[2]);
            assertEquals("(5λ+μ)/(6λ²)", r.meanTimeToFailure().formula().expression());
        }
    }

    @Test
    void tmrWithColdSparesMatchesSPlusOneOverThreeLambdaPlusOneOverTwoLambda() {
        long seed = 30;
        for (int spares : new int[] {0, 1, 3}) {
            for (double lambda : new double[] {0.002, 1.5}) {
                validate(Configuration.tmrWithSpares(spares), lambda, seed++);
            }
        }
    }

    @Test
    void oneColdSpareMatchesEToTheMinusLambdaTTimesOnePlusLambdaT() {
        long seed = 40;
        for (double lambda : new double[] {0.02, 1, 30}) {
            MissionReport r = validate(Configuration.simplexWithSpares(1), lambda, seed++);
            assertEquals("e^(−λt)(1+λt)", r.reliability().get(0).formula().expression());
        }
        validate(Configuration.simplexWithSpares(4), 0.3, 45);
    }

    @Test
    void generalisationsMatchTheirFormulaOrMarkovChain() {
        validate(Configuration.kOfN(3, 5), 0.7, 50);
        validate(Configuration.kOfN(1, 4), 0.7, 51);
        validate(new Configuration(3, 2, 2, 0.5), 0.25, 52);   // spares and repair: the chain
        validate(new Configuration(1, 1, 0, 3), 1, 54);          // simplex with repair never recovers: e^(−λt)
    }

    @Test
    void theIntervalsAreNarrowEnoughToRejectAWrongFormula() {
        MissionResult tmr = new MissionSimulator(Configuration.tmr(), 1).run(MISSIONS, times(1), 21, 2);
        assertFalse(tmr.meanTimeToFailure().contains(1.05 * 5 / 6.0), "a 5% error in the MTTF is caught");
        assertFalse(tmr.meanTimeToFailure().contains(1.0), "TMR's MTTF 5/(6λ) is below the simplex 1/λ");
        for (SurvivalEstimate s : tmr.survival()) {
            assertFalse(s.interval().contains(Math.exp(-s.time())), "simplex R(t) is not TMR's at t = " + s.time());
        }
        MissionResult repaired = new MissionSimulator(Configuration.tmrWithRepair(1), 1).run(MISSIONS, List.of(), 22, 2);
        assertFalse(repaired.meanTimeToFailure().contains(ClosedForms.tmrMeanTimeToFailure(1)));
    }

    @Test
    void intervalsMissAboutOnceInAHundredRuns() {
        // 1000 independent runs of 1000 missions: the 99% intervals should miss about 10 times each
        SplittableRandom seeds = new SplittableRandom(99);
        MissionSimulator sim = new MissionSimulator(Configuration.tmrWithSpares(1), 2);
        double mttf = ClosedForms.tmrSparesMeanTimeToFailure(2, 1);
        double r = ClosedForms.tmrSparesReliability(2, 1, 0.5);
        int meanMisses = 0;
        int survivalMisses = 0;
        for (int run = 0; run < 1000; run++) {
            MissionResult res = sim.run(1000, List.of(0.5), seeds.nextLong(), 1);
            meanMisses += res.meanTimeToFailure().contains(mttf) ? 0 : 1;
            survivalMisses += res.survival().get(0).interval().contains(r) ? 0 : 1;
        }
        assertTrue(meanMisses >= 1 && meanMisses <= 25, "mean interval missed " + meanMisses + " of 1000");
        assertTrue(survivalMisses >= 1 && survivalMisses <= 25, "Wilson interval missed " + survivalMisses + " of 1000");
    }

    @Test
    void theSameSeedGivesTheSameResultWhateverTheThreadCount() {
        for (Configuration c : List.of(Configuration.tmr(), Configuration.tmrWithRepair(2), Configuration.tmrWithSpares(2))) {
            MissionSimulator sim = new MissionSimulator(c, 0.5);
            long missions = 5 * MissionSimulator.BLOCK + 123;
            MissionResult one = sim.run(missions, times(0.5), 5, 1);
            MissionResult four = sim.run(missions, times(0.5), 5, 4);
            MissionResult many = sim.run(missions, times(0.5), 5, 64);
            assertEquals(one, four, c.label());
            assertEquals(one, many, c.label());
            MissionResult other = sim.run(missions, times(0.5), 6, 4);
            assertNotEquals(one.meanTimeToFailure().mean(), other.meanTimeToFailure().mean());
        }
    }

    @Test
    void missionIDrawsFromTheIthSplitOfTheRootSeed() {
        Configuration c = Configuration.tmrWithRepair(1.5);
        long missions = 2 * MissionSimulator.BLOCK + 77;
        List<Double> at = times(1.0);
        SplittableRandom root = new SplittableRandom(31);
        Mission mission = new Mission(c, 1.0);
        double sum = 0;
        long[] alive = new long[at.size()];
        for (long i = 0; i < missions; i++) {
            double t = mission.timeToFailure(root.split());
            sum += t;
            for (int j = 0; j < alive.length; j++) {
                alive[j] += t > at.get(j) ? 1 : 0;
            }
        }
        MissionResult res = new MissionSimulator(c, 1.0).run(missions, at, 31, 3);
        assertEquals(sum / missions, res.meanTimeToFailure().mean(), 1e-12 * sum / missions);
        for (int j = 0; j < alive.length; j++) {
            assertEquals(alive[j], res.survival().get(j).alive());
        }
    }

    @Test
    void badArgumentsAreRefusedClearly() {
        for (double bad : new double[] {0, -0.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new MissionSimulator(Configuration.tmr(), bad));
            assertTrue(e.getMessage().contains("failure rate λ must be positive"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> new Mission(Configuration.tmr(), bad));
        }
        MissionSimulator sim = new MissionSimulator(Configuration.tmr(), 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> sim.run(1, List.of(), 1, 1))
                .getMessage().contains("at least 2 missions"));
        assertThrows(IllegalArgumentException.class, () -> sim.run(10, List.of(), 1, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.run(10, List.of(-1.0), 1, 1));
        assertThrows(IllegalArgumentException.class, () -> sim.run(10, List.of(Double.NaN), 1, 1));
    }

    @Test
    void atTimeZeroEveryMissionIsAlive() {
        MissionResult r = new MissionSimulator(Configuration.tmr(), 1).run(1000, List.of(0.0), 1, 1);
        assertEquals(1000, r.survival().get(0).alive());
        assertTrue(MissionReport.of(r).reliability().get(0).within());
    }

    /**
     * Runs the configuration and asserts every figure lies within its interval at the family level
     * ({@link #Z_FAMILY}); returns the report.
     */
    private static MissionReport validate(Configuration c, double lambda, long seed) {
        double mttf = new FailureChain(c, lambda).meanTimeToFailure();
        MissionResult result = new MissionSimulator(c, lambda).run(MISSIONS, List.of(0.1 * mttf, 0.5 * mttf, mttf, 2 * mttf),
                seed, 2);
        MissionReport report = MissionReport.of(result);
        List<String> misses = new ArrayList<>();
        MeanInterval m = result.meanTimeToFailure();
        MeanInterval wide = MeanInterval.of(m.mean(), m.standardDeviation(), m.samples(), Z_FAMILY);
        double exact = report.meanTimeToFailure().formula().value();
        if (!wide.contains(exact)) {
            misses.add("MTTF simulated " + m.mean() + " [" + wide.low() + ", " + wide.high() + "] vs " + exact);
        }
        for (int j = 0; j < result.survival().size(); j++) {
            SurvivalEstimate s = result.survival().get(j);
            Wilson w = Wilson.of(s.alive(), result.missions(), Z_FAMILY);
            double r = report.reliability().get(j).formula().value();
            if (!(w.low() <= r && r <= w.high())) {
                misses.add("R(" + s.time() + ") simulated " + w.rate() + " [" + w.low() + ", " + w.high() + "] vs " + r);
            }
        }
        assertTrue(misses.isEmpty(), c.label() + " at λ = " + lambda + ", seed " + seed + ": " + misses);
        assertEquals(1 + result.survival().size(), report.comparisons().size(), "every figure has its formula");
        return report;
    }

    private static List<Double> times(double lambda) {
        return List.of(0.2 / lambda, 0.5 / lambda, 1 / lambda, 2 / lambda);
    }
}
