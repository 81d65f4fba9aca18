package dev.tmrkit.stateful.sim.engine;

/**
 * One event the simulator processed, as a trace listener sees it: when, its sequence number, what
 * kind, at which node, from which node (deliveries; otherwise null), and the message, timer or fault.
 */
public record TraceEvent(long time, long seq, Simulator.EventKind kind, String node, String from, Object detail,
                         boolean impaired) {
}
