package dev.tmrkit.stateful.mission;

import java.util.List;

/**
 * What a run of {@code missions} missions of {@code configuration} at failure rate {@code lambda} from
 * {@code seed} found: the mean time to failure with its 99% interval, and R(t) at each requested time.
 */
public record MissionResult(Configuration configuration, double lambda, long missions, long seed,
                            MeanInterval meanTimeToFailure, List<SurvivalEstimate> survival) {
    public MissionResult {
        survival = List.copyOf(survival);
    }
}
