package dev.tmrkit.stateful.sim.engine;

/** Receives every event a simulator processes, in order. */
@FunctionalInterface
public interface TraceListener {
    void event(TraceEvent event);

    /**
     * A message {@code from} sent to {@code to} at {@code time}, of which the network will deliver
     * {@code copies} (0: lost, 2: duplicated). Called only when a listener is set; ignored by default.
     */
    default void sent(long time, String from, String to, Object message, int copies) {
    }
}
