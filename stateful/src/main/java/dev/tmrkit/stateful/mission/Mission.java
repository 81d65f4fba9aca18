package dev.tmrkit.stateful.mission;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One mission of a {@link Configuration}: from time 0, when every active replica is new, to the moment
 * fewer than {@code needed} active replicas work. Event-driven: each active replica carries the time it
 * will fail (an exponential draw with rate λ, taken when it enters service); the loop jumps from event
 * to event — the earliest replica failure or the completion of the repair in progress — so a mission
 * costs a handful of draws, not time steps.
 *
 * <p>At a failure a cold spare, if one is left, takes the failed replica's slot at once with a fresh
 * failure time (idle spares do not age). With repair, failed replicas queue for a single repairer; each
 * repair takes an exponential time with rate μ, and a repaired replica fills an empty active slot (with a
 * fresh failure time) or else joins the spares.
 *
 * <p>An instance reuses its scratch array between missions: one instance per thread.
 */
public final class Mission {
    private final Configuration configuration;
    private final double lambda;
    private final double[] failsAt;

    /**
     * @param lambda failures per unit time of each active replica, finite and positive
     */
    public Mission(Configuration configuration, double lambda) {
        this.configuration = configuration;
        this.lambda = MissionSimulator.checkFailureRate(lambda);
        this.failsAt = new double[configuration.active()];
    }

    /** Runs one mission drawing every failure and repair time from {@code random}; returns its failure time. */
    public double timeToFailure(SplittableRandom random) {
        int needed = configuration.needed();
        double mu = configuration.repairRate();
        double[] clock = failsAt;
        for (int i = 0; i < clock.length; i++) {
            clock[i] = exponential(random, lambda);
        }
        int working = clock.length;
        int spares = configuration.spares();
        int broken = 0;                              // failed replicas waiting for or under repair
        double repaired = Double.POSITIVE_INFINITY;  // completion time of the repair in progress
        while (true) {
            int slot = 0;
            for (int i = 1; i < clock.length; i++) {
                if (clock[i] < clock[slot]) {
                    slot = i;
                }
            }
            if (repaired < clock[slot]) {
                double now = repaired;
                broken--;
                if (working < clock.length) {
                    clock[emptySlot(clock)] = now + exponential(random, lambda);
                    working++;
                } else {
                    spares++;
                }
                repaired = broken > 0 ? now + exponential(random, mu) : Double.POSITIVE_INFINITY;
                continue;
            }
            double now = clock[slot];
            if (spares > 0) {
                spares--;
                clock[slot] = now + exponential(random, lambda);
            } else {
                clock[slot] = Double.POSITIVE_INFINITY;
                working--;
                if (working < needed) {
                    return now;
                }
            }
            if (mu > 0 && ++broken == 1) {
                repaired = now + exponential(random, mu);
            }
        }
    }

    private static int emptySlot(double[] clock) {
        for (int i = 0; i < clock.length; i++) {
            if (clock[i] == Double.POSITIVE_INFINITY) {
                return i;
            }
        }
        throw new IllegalStateException("no empty slot in " + Arrays.toString(clock));
    }

    /**
     * An exponential time with the given rate: −ln(1 − U)/rate, U uniform on [0, 1). U is a multiple of
     * 2^−53, so 1 − U is exact and {@code Math.log} (an intrinsic, unlike {@code log1p}) loses nothing.
     */
    static double exponential(SplittableRandom random, double rate) {
        return -Math.log(1.0 - random.nextDouble()) / rate;
    }
}
