package dev.tmrkit.stateful.protocol;

import dev.tmrkit.stateful.sim.Time;

/**
 * The protocol's clocks, in microseconds: heartbeat period and the silence after which the view service
 * declares a node failed; how long a client waits for an operation; how often unacknowledged
 * synchronous writes are sent again; how often asynchronous state-based replication ships.
 */
public record Timing(long heartbeat, long failureTimeout, long opTimeout, long retry, long ship) {
    /** 10 ms heartbeats, failure after 50 ms, operations time out after 100 ms, retry every 15 ms, ship every 5 ms. */
    public static final Timing DEFAULT = new Timing(10 * Time.MS, 50 * Time.MS, 100 * Time.MS, 15 * Time.MS, 5 * Time.MS);

    public Timing {
        if (heartbeat <= 0 || failureTimeout <= heartbeat || opTimeout <= 0 || retry <= 0 || ship < 0) {
            throw new IllegalArgumentException("timing needs heartbeat > 0, failure timeout > heartbeat, op timeout > 0, retry > 0, ship >= 0");
        }
    }
}
