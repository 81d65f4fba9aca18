package dev.tmrkit.stateful.sim;

/**
 * A simulated process. It only reacts: to its start (at time 0 and after every recovery from a
 * crash), to a message, or to one of its timers; its only effects are through the {@link Context}.
 */
public interface Node {
    /** Called at time 0, and again when the node recovers from a crash (its timers died with it). */
    void onStart(Context ctx);

    /** A message from node {@code from} arrived. */
    void onMessage(Context ctx, int from, Message message);

    /** A timer set by this node (in its current incarnation) fired. */
    void onTimer(Context ctx, Timer timer);
}
