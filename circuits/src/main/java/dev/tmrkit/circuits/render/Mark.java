package dev.tmrkit.circuits.render;

/** How a node or edge stands out when a fault is shown. */
public enum Mark {
    /** Not touched by the fault. */
    NONE,
    /** Its value differs from the fault-free circuit: the fault propagated here. */
    CONE,
    /** The fault site itself: a net's stem, one fanout branch, or an output port. */
    SITE
}
