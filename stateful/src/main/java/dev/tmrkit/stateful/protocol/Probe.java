package dev.tmrkit.stateful.protocol;

import dev.tmrkit.stateful.check.Outcome;

/**
 * What nodes report for the checker and the metrics; instrumentation only, it never influences the
 * run. Implementations must not send or schedule anything.
 */
public interface Probe {
    /** A client issues {@code op} as operation {@code opId} at {@code time}; returns a handle for {@link #completed}. */
    int invoked(int client, long opId, Op op, long time);

    /**
     * A replica applied client write {@code opId} at {@code time} (the simulator's knowledge, which a
     * client does not have: whether a write that timed out ever took effect, and when).
     */
    void writeApplied(long opId, long time);

    /**
     * The operation ended. For reads, {@code value} is what the read returned (the value vote, or the
     * newest reply in leaderless reads) and {@code bitwise} what the bitwise voter made of the same
     * replies ({@code voted} tells whether reads are voted at all).
     */
    void completed(int handle, long time, Outcome outcome, long value, long bitwise, boolean voted);

    /** Replica {@code replica} applied an update its origin committed at {@code commitTime}. */
    void applied(int replica, long commitTime, long time, boolean imposed);

    /** Observer {@code observer} saw the value {@code value}. */
    void observed(int observer, long time, long value);

    /** The view service installed {@code view}, having promoted {@code sparesUsed} spares so far. */
    void viewChanged(View view, long time, int sparesUsed);

    /** Replica {@code replica} received state by transfer ({@code entries} log entries replayed, or 0). */
    void transferred(int replica, long time, int entries);

    /** The accepting replica (single-leader: the leader) gave client write {@code opId} the version {@code version}. */
    default void accepted(long opId, long version) {
    }

    /**
     * Replica {@code replica}, leader of a new view, gathered the state it needed and accepts writes
     * from {@code time} on (dynamic redundancy).
     */
    default void leading(int replica, long time) {
    }

    /** Replica {@code replica}'s state now has version {@code version}. */
    default void version(int replica, long version, long time) {
    }

    /** A probe that records nothing. */
    Probe NONE = new Probe() {
        @Override
        public int invoked(int client, long opId, Op op, long time) {
            return 0;
        }

        @Override
        public void writeApplied(long opId, long time) {
        }

        @Override
        public void completed(int handle, long time, Outcome outcome, long value, long bitwise, boolean voted) {
        }

        @Override
        public void applied(int replica, long commitTime, long time, boolean imposed) {
        }

        @Override
        public void observed(int observer, long time, long value) {
        }

        @Override
        public void viewChanged(View view, long time, int sparesUsed) {
        }

        @Override
        public void transferred(int replica, long time, int entries) {
        }
    };
}
