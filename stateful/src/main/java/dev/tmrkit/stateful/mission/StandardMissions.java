package dev.tmrkit.stateful.mission;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard mission studies that {@code tmrkit replicas missions} and {@code replicas compare --plot}
 * report: which configurations are compared, at which times R(t) is estimated, and the static-versus-
 * dynamic redundancy pair a plot draws. Simulation only; drawing and printing are the caller's.
 */
public final class StandardMissions {
    /** Times of the static-versus-dynamic curves, evenly over [0, 3/λ]. */
    public static final int CURVE_POINTS = 20;
    /** Worker threads of the static-versus-dynamic curves: few, as a picture needs no more. */
    private static final int CURVE_THREADS = 8;

    private StandardMissions() {
    }

    /**
     * Simplex (the baseline), TMR, TMR with repair at rate {@code mu} (left out when {@code mu} is 0), TMR with
     * {@code spares} cold spares (left out when 0), and a simplex with one cold spare.
     */
    public static List<Configuration> configurations(double mu, int spares) {
        List<Configuration> list = new ArrayList<>();
        list.add(Configuration.simplexWithSpares(0));
        list.add(Configuration.tmr());
        if (mu > 0) {
            list.add(Configuration.tmrWithRepair(mu));
        }
        if (spares > 0) {
            list.add(Configuration.tmrWithSpares(spares));
        }
        list.add(Configuration.simplexWithSpares(1));
        return list;
    }

    /** The default times of R(t): 0.1, 0.5, 1 and 2 mean lifetimes 1/λ. */
    public static List<Double> defaultTimes(double lambda) {
        List<Double> at = new ArrayList<>();
        for (double k : new double[] {0.1, 0.5, 1, 2}) {
            at.add(k / lambda);
        }
        return at;
    }

    /**
     * Static redundancy (TMR) against dynamic (TMR with cold spares), both simulated at {@link #CURVE_POINTS}
     * times over [0, 3/λ] from the same seed.
     */
    public record StaticVsDynamic(double lambda, int spares, long missions, MissionResult staticRun, MissionResult dynamicRun) {
        /** Runs {@code missions} missions of each configuration. */
        public static StaticVsDynamic run(double lambda, int spares, long missions, long seed) {
            List<Double> times = new ArrayList<>();
            for (int j = 1; j <= CURVE_POINTS; j++) {
                times.add(3.0 / lambda * j / CURVE_POINTS);
            }
            int threads = Math.max(1, Math.min(CURVE_THREADS, Runtime.getRuntime().availableProcessors()));
            MissionResult s = new MissionSimulator(Configuration.tmr(), lambda).run(missions, times, seed, threads);
            MissionResult d = new MissionSimulator(Configuration.tmrWithSpares(spares), lambda).run(missions, times, seed, threads);
            return new StaticVsDynamic(lambda, spares, missions, s, d);
        }

        /** Static redundancy's closed form at {@code t}. */
        public double staticFormula(double t) {
            return ClosedForms.tmrReliability(lambda, t);
        }

        /** Dynamic redundancy's closed form at {@code t}. */
        public double dynamicFormula(double t) {
            return ClosedForms.tmrSparesReliability(lambda, spares, t);
        }
    }
}
