package dev.tmrkit.stateful.protocol;

import java.util.Locale;

/** What replication ships. */
public enum Mode {
    /**
     * The value with a version (2, then 5): a replica adopts a state only if its (version, writer) is
     * newer, so duplicates and reordering are harmless; asynchronous shipping coalesces the writes of a
     * ship interval into one message.
     */
    STATE,
    /** The operations (increment(2), increment(3)), applied on arrival; idempotent only if they carry ids. */
    LOG,
    /**
     * A CRDT (leaderless only): a G-counter per epoch — one entry per writer (each client counts its
     * own increments), merged entry by entry with max, the value their sum; a reset starts the next
     * epoch, which wins over every entry of older ones. Merging is commutative, associative and
     * idempotent, so replies read from any R replicas merge to a state holding every write that W
     * replicas applied whenever R + W > N.
     */
    CRDT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
