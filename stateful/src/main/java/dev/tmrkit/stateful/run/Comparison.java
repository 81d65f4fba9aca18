package dev.tmrkit.stateful.run;

import dev.tmrkit.stateful.protocol.Redundancy;
import dev.tmrkit.stateful.run.scenario.Scenario;

/** Static and dynamic redundancy run on the same scenario: the same seed, workload and fault schedule. */
public record Comparison(RunResult staticRun, RunResult dynamicRun) {
    /** Runs {@code s} once with static and once with dynamic redundancy. */
    public static Comparison of(Scenario s) {
        return new Comparison(Cluster.run(s.with(Redundancy.STATIC)), Cluster.run(s.with(Redundancy.DYNAMIC)));
    }
}
