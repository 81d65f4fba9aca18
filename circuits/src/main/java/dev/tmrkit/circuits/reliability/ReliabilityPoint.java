package dev.tmrkit.circuits.reliability;

import dev.tmrkit.circuits.campaign.engine.MonteCarlo;
import java.util.Map;

/**
 * One per-gate failure probability p: the simulated reliability of each variant (with its Wilson
 * interval), and the closed forms computed from the simulated simplex reliability R.
 */
public record ReliabilityPoint(double p, Map<Variant, MonteCarlo.Result> simulated, double tmrPerfect, double tmrImperfect,
                               double voterReliability) {
    public ReliabilityPoint {
        simulated = Map.copyOf(simulated);
    }

    public double r(Variant v) {
        return simulated.get(v).reliability();
    }

    /**
     * True when the simulated perfect-voter TMR is within its confidence interval of 3R²−2R³ or above
     * it (compensating failures in multi-output circuits can only help).
     */
    public boolean perfectVoterConsistent() {
        MonteCarlo.Result r = simulated.get(Variant.TMR_PERFECT_VOTER);
        return r.interval().high() >= tmrPerfect;
    }
}
