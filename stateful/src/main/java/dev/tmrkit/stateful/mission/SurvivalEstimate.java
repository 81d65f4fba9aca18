package dev.tmrkit.stateful.mission;

import dev.tmrkit.gates.stats.Wilson;

/**
 * R(t) estimated from a run: {@code alive} of {@code missions} missions were still up at {@code time}
 * (failed strictly later), with the 99% Wilson interval of that proportion.
 */
public record SurvivalEstimate(double time, long alive, long missions, Wilson interval) {
    /** The simulated reliability alive / missions. */
    public double reliability() {
        return interval.rate();
    }
}
