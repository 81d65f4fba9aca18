package dev.tmrkit.stateful.check;

/** How a client operation ended. */
public enum Outcome {
    /** Acknowledged (a write) or answered (a read). */
    OK,
    /** Refused without being applied (for example: not the leader). */
    FAILED,
    /** No answer in time: a write may or may not have been applied. */
    TIMED_OUT,
    /** A read whose replies held no value a majority of the members agreed on. */
    NO_MAJORITY;

    /** Whether a write with this outcome may have been applied. */
    public boolean mayHaveApplied() {
        return this == OK || this == TIMED_OUT;
    }
}
