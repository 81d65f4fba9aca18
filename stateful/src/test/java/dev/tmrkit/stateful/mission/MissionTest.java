package dev.tmrkit.stateful.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.tmrkit.testing.Properties.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** One mission, replayed draw by draw from the same stream. */
class MissionTest {
    @Test
    void aTmrMissionEndsAtTheSecondOfItsThreeReplicaFailures() {
        qt().forAll(longs().all(), doubles().between(1e-3, 100)).checkAssert((seed, lambda) -> {
            double[] lives = draws(seed, lambda, 3);
            Arrays.sort(lives);
            double t = new Mission(Configuration.tmr(), lambda).timeToFailure(new SplittableRandom(seed));
            assertEquals(lives[1], t, 0);
        });
    }

    @Test
    void aKOfNMissionEndsAtTheFailureThatLeavesFewerThanK() {
        qt().forAll(longs().all(), integers().between(1, 9).flatMap(n -> integers().between(1, n).map(k -> new int[] {n, k})))
                .checkAssert((seed, nk) -> {
                    double[] lives = draws(seed, 1, nk[0]);
                    Arrays.sort(lives);
                    double t = new Mission(Configuration.kOfN(nk[1], nk[0]), 1).timeToFailure(new SplittableRandom(seed));
                    assertEquals(lives[nk[0] - nk[1]], t, 0);
                });
    }

    @Test
    void aSimplexWithColdSparesLivesTheSumOfItsUnitsLives() {
        qt().forAll(longs().all(), integers().between(0, 10)).checkAssert((seed, spares) -> {
            double sum = 0;
            for (double life : draws(seed, 2, spares + 1)) {
                sum += life;
            }
            double t = new Mission(Configuration.simplexWithSpares(spares), 2).timeToFailure(new SplittableRandom(seed));
            assertEquals(sum, t, 1e-12 * sum);
        });
    }

    @Test
    void aSpareTakesOverAtTheFirstFailureAndAgesOnlyFromThen() {
        // TMR with one spare, draws in order: the three replicas, then the spare when it enters service
        long seed = 42;
        double[] d = draws(seed, 1, 4);
        double first = Math.min(d[0], Math.min(d[1], d[2]));
        double[] left = {d[0], d[1], d[2]};
        for (int i = 0; i < 3; i++) {
            if (left[i] == first) {
                left[i] = first + d[3];
            }
        }
        Arrays.sort(left);
        double t = new Mission(Configuration.tmrWithSpares(1), 1).timeToFailure(new SplittableRandom(seed));
        assertEquals(left[1], t, 1e-12);
    }

    @Test
    void repairOnlyEverPostponesFailureOnAverageAndTimesArePositive() {
        Mission plain = new Mission(Configuration.tmr(), 1);
        Mission repaired = new Mission(Configuration.tmrWithRepair(5), 1);
        SplittableRandom a = new SplittableRandom(7);
        SplittableRandom b = new SplittableRandom(7);
        double sumPlain = 0;
        double sumRepaired = 0;
        for (int i = 0; i < 2000; i++) {
            double p = plain.timeToFailure(a.split());
            double r = repaired.timeToFailure(b.split());
            assertTrue(p > 0 && r > 0 && Double.isFinite(r));
            sumPlain += p;
            sumRepaired += r;
        }
        // MTTF (5λ+μ)/(6λ²) = 10/6 against 5/6: twice as long
        assertTrue(sumRepaired > 1.5 * sumPlain, sumRepaired + " vs " + sumPlain);
    }

    /** The first {@code count} exponential draws of the stream, as a mission takes them. */
    private static double[] draws(long seed, double lambda, int count) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] d = new double[count];
        for (int i = 0; i < count; i++) {
            d[i] = Mission.exponential(r, lambda);
        }
        return d;
    }
}
