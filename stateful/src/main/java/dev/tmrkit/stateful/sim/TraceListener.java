package dev.tmrkit.stateful.sim;

/** Receives every event a simulator processes, in order. */
@FunctionalInterface
public interface TraceListener {
    void event(TraceEvent event);
}
