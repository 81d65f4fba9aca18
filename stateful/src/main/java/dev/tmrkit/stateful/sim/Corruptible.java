package dev.tmrkit.stateful.sim;

/**
 * A node whose state a single-event upset can strike: the simulator flips one bit of the state
 * directly, as radiation would, without the node reacting.
 */
public interface Corruptible {
    /** Inverts bit {@code bit} (0 = least significant) of the node's state. */
    void upset(int bit);
}
