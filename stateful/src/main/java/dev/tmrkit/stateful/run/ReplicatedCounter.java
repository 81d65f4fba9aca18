package dev.tmrkit.stateful.run;

/**
 * Replication transparency as an interface: one counter with increment, reset and read, whatever
 * stands behind it — a {@link SingleCounter} or a {@link SimulatedCounter} of replicas. A caller that
 * cannot tell them apart by their results sees a transparent replication.
 */
public interface ReplicatedCounter {
    /** What an operation returned: acknowledged (with the value, for a read) or not, and how long it took (µs). */
    record Reply(boolean ok, long value, long latency) {
        /** Whether a single correct counter could have returned this (it always answers). */
        public boolean sameResultAs(Reply reference) {
            return ok && value == reference.value;
        }
    }

    Reply increment(long amount);

    Reply reset();

    Reply read();

    /** Lets {@code micros} of time pass with no operation (faults scheduled meanwhile strike). */
    void idle(long micros);
}
