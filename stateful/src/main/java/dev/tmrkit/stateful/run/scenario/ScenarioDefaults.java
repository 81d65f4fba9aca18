package dev.tmrkit.stateful.run.scenario;

import dev.tmrkit.stateful.protocol.Timing;
import dev.tmrkit.stateful.sim.Time;

/**
 * The settings a scenario derives from the clocks a user gives: how often a client retries an operation
 * and how long a run settles after its workload. {@code tmrkit replicas run} and {@code compare} use
 * them; a library user building a {@link Scenario} can too.
 */
public final class ScenarioDefaults {
    /** The shortest settling time after the workload. */
    public static final long MIN_SETTLE = 500 * Time.MS;

    private ScenarioDefaults() {
    }

    /**
     * The protocol clocks with a retry interval of a quarter of the operation timeout (at most the default
     * retry interval, at least 1 µs), so an unanswered operation is sent about four times before it times out.
     */
    public static Timing timing(long heartbeat, long failureTimeout, long opTimeout, long ship) {
        return new Timing(heartbeat, failureTimeout, opTimeout, Math.max(1, Math.min(Timing.DEFAULT.retry(), opTimeout / 4)), ship);
    }

    /** Settle for four operation timeouts, and at least {@link #MIN_SETTLE}: every operation still open ends. */
    public static long settle(Timing timing) {
        return Math.max(MIN_SETTLE, 4 * timing.opTimeout());
    }
}
