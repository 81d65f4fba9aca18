package dev.tmrkit.circuits.reliability;

import dev.tmrkit.circuits.campaign.engine.MonteCarlo;
import dev.tmrkit.gates.stats.Normal;
import dev.tmrkit.gates.stats.Wilson;
import java.util.Locale;

/**
 * The perfect-voter formula 3R²−2R³ at one sweep point, set against the simulated perfect-voter TMR by a
 * two-sided interval check.
 *
 * <p>What it assumes: the three replicas fail independently of each other, each with the probability
 * 1 − R of the simulated simplex circuit, and the voter never fails. R is itself simulated, so the formula
 * is a prediction from the simulation, not an independent oracle; its interval is the image of R's
 * interval under 3R²−2R³ (increasing on [0, 1]). The verdict compares that interval with the simulated
 * TMR's: both at the per-interval level {@code familyLevel}, Bonferroni-widened so that all checks of a
 * sweep together err with probability at most 1 − (the sweep's level) when the formula holds.
 *
 * @param value       3R²−2R³ at the simulated R
 * @param low         the formula at the low end of R's interval
 * @param high        the formula at the high end of R's interval
 * @param simulated   the simulated perfect-voter TMR's interval at {@code familyLevel}
 * @param familyLevel the confidence of each interval of the check
 * @param verdict     whether the simulation agrees with the formula
 */
public record FormulaCheck(double value, double low, double high, Wilson simulated, double familyLevel, Verdict verdict) {

    /** The outcome of the two-sided check. */
    public enum Verdict {
        /** The intervals overlap: no evidence against the formula. */
        CONSISTENT,
        /** The simulation lies above the formula (replicas failing on different outputs still out-vote the error). */
        ABOVE,
        /** The simulation lies below the formula (replica failures correlated through the shared inputs). */
        BELOW;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The per-interval confidence that keeps a family of {@code checks} two-interval checks at {@code level}
     * overall (Bonferroni): 1 − (1 − level) / (2 · checks).
     */
    public static double familyLevel(double level, int checks) {
        if (!(level > 0 && level < 1) || checks < 1) {
            throw new IllegalArgumentException("need a level in (0, 1) and at least one check");
        }
        return 1 - (1 - level) / (2.0 * checks);
    }

    /** The check of the simulated perfect-voter TMR against 3R²−2R³ of the simulated simplex, at {@code familyLevel}. */
    public static FormulaCheck of(MonteCarlo.Result simplex, MonteCarlo.Result perfectVoterTmr, double familyLevel) {
        double z = Normal.twoSided(familyLevel);
        Wilson r = Wilson.of(simplex.successes(), simplex.trials(), z);
        Wilson t = Wilson.of(perfectVoterTmr.successes(), perfectVoterTmr.trials(), z);
        double low = Theory.tmr(r.low());
        double high = Theory.tmr(r.high());
        Verdict v = t.low() > high ? Verdict.ABOVE : t.high() < low ? Verdict.BELOW : Verdict.CONSISTENT;
        return new FormulaCheck(Theory.tmr(simplex.reliability()), low, high, t, familyLevel, v);
    }
}
