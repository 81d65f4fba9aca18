package dev.tmrkit.stateful.sim;

/**
 * What nodes send each other. The digest feeds the trace hash: it must depend only on the message's
 * content (never on identity hash codes), so that the same run gives the same hash in every JVM.
 */
public interface Message {
    /** A hash of the content, the same in every JVM; see {@link Digest}. */
    long digest();
}
