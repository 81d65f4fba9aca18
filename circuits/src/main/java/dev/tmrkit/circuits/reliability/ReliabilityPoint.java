package dev.tmrkit.circuits.reliability;

import dev.tmrkit.circuits.campaign.engine.MonteCarlo;
import java.util.Map;

/**
 * One per-gate failure probability p: the simulated reliability of each variant (with its Wilson interval
 * at confidence {@code level}), the perfect-voter formula 3R²−2R³ checked against the simulation
 * ({@link FormulaCheck}), and the imperfect-voter estimate R_v·(3R²−2R³).
 *
 * @param tmrImperfect     R_v·(3R²−2R³) with R the simulated simplex reliability: assumes independent replicas
 *                         and counts every voter-gate failure as a system failure (voter gates that fail can be
 *                         logically masked, so the simulation may lie well above it); printed, never checked
 * @param voterReliability R_v = (1 − p)^(voter gates)
 */
public record ReliabilityPoint(double p, Map<Variant, MonteCarlo.Result> simulated, double level, FormulaCheck perfectVoter,
                               double tmrImperfect, double voterReliability) {
    public ReliabilityPoint {
        simulated = Map.copyOf(simulated);
    }

    public double r(Variant v) {
        return simulated.get(v).reliability();
    }

    /** 3R²−2R³ at the simulated simplex R. */
    public double tmrPerfect() {
        return perfectVoter.value();
    }
}
