package dev.tmrkit.stateful.service;

import java.util.Locale;

/** How the dispatcher uses its replicas. */
public enum Dispatch {
    /** Each request to the next live replica in turn: N times the capacity, no masking of wrong values. */
    ROUND_ROBIN,
    /** Each request to every replica, the majority value answers: wrong values masked, at N times the work. */
    VOTING;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
