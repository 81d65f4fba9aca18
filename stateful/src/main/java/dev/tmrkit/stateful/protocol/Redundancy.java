package dev.tmrkit.stateful.protocol;

import java.util.Locale;

/** Whether the set of replicas may change during a run. */
public enum Redundancy {
    /** N replicas and a voter over their values; nothing ever changes, whatever fails. */
    STATIC,
    /**
     * A view service detects failures (missed heartbeats, or a replica the voter outvoted) and
     * replaces the failed replica by a spare that receives state, electing a new leader if needed.
     */
    DYNAMIC;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
