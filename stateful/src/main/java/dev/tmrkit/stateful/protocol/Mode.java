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
    LOG;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
