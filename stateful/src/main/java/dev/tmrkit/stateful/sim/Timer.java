package dev.tmrkit.stateful.sim;

/** What a node asks to be woken with; as {@link Message}, the digest feeds the trace hash. */
public interface Timer {
    /** A hash of the content, the same in every JVM; see {@link Digest}. */
    long digest();
}
