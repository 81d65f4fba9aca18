package dev.tmrkit.stateful.protocol;

import java.util.Locale;

/** How a spare or a recovered replica receives state in dynamic redundancy. */
public enum Transfer {
    /** A copy of the donor's state (value, version, the ids it applied). */
    SNAPSHOT,
    /** The donor's log of operations, replayed from zero (log-based replication only). */
    REPLAY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
