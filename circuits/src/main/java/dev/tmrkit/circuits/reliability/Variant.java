package dev.tmrkit.circuits.reliability;

import java.util.Locale;

/** The circuits a reliability sweep compares. */
public enum Variant {
    /** The circuit as it is. */
    SIMPLEX("simplex"),
    /** TMR, one voter per output (a single point of failure); voter gates fail like any other. */
    TMR_SINGLE_VOTER("TMR, single voters"),
    /** TMR with single voters whose gates never fail: the perfect-voter assumption of 3R²−2R³. */
    TMR_PERFECT_VOTER("TMR, perfect voters"),
    /**
     * TMR with triplicated voters and triplicated outputs, judged by a downstream 2-of-3 reading: no
     * single voter decides an output.
     */
    TMR_TRIPLICATED_VOTERS("TMR, triplicated voters");

    private final String label;

    Variant(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
