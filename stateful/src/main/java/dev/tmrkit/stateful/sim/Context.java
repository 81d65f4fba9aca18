package dev.tmrkit.stateful.sim;

/** What a node may see and do while it handles an event. */
public interface Context {
    /** This node's id. */
    int self();

    /**
     * The simulated (true) time in microseconds: for stamping what the measurement records. A protocol's
     * decisions on elapsed time read {@link #clock()}.
     */
    long now();

    /** What this node's own clock reads, in microseconds: the true time unless a {@link Fault.Skew} holds. */
    long clock();

    /** Sends a message through the network; it may be delayed, lost, duplicated or reordered. */
    void send(int to, Message message);

    /**
     * Wakes this node with {@code timer} once its clock has advanced {@code delay} microseconds (0 or more),
     * unless it crashes first.
     */
    void setTimer(Timer timer, long delay);

    /**
     * Whether the message being handled was impaired by a network fault: a duplicate, or held back by
     * an injected delay or a reordering. Always false outside {@link Node#onMessage}.
     */
    boolean impaired();
}
