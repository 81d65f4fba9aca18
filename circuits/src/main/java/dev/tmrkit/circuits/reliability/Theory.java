package dev.tmrkit.circuits.reliability;

/**
 * Closed forms of TMR reliability in terms of the reliability R of one module. Each assumes that the three
 * modules fail independently of one another; a gate-level circuit whose replicas share their inputs or whose
 * outputs fail separately departs from them (see {@link FormulaCheck}).
 */
public final class Theory {
    private Theory() {
    }

    /** TMR with a perfect voter: at least two of three independent modules work, 3R² − 2R³. */
    public static double tmr(double r) {
        return 3 * r * r - 2 * r * r * r;
    }

    /**
     * TMR with an imperfect voter of reliability {@code rv}: R_v · (3R² − 2R³). Assumes independent modules
     * and that the system fails whenever the voter does.
     */
    public static double tmr(double r, double rv) {
        return rv * tmr(r);
    }

    /**
     * Reliability of a voter stage of {@code gates} gates that each work with probability 1 − p, counting
     * any gate failure as a stage failure: (1 − p)^gates. A lower bound — some gate failures are
     * logically masked inside the voter.
     */
    public static double voterStage(double p, int gates) {
        return Math.pow(1 - p, gates);
    }

    /** The module reliability below which TMR with a perfect voter is worse than one module: R = ½. */
    public static final double CROSSOVER_R = 0.5;
}
