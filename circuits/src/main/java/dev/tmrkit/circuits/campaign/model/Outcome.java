package dev.tmrkit.circuits.campaign.model;

/** What a fault did to the outputs over all patterns of a campaign. */
public enum Outcome {
    /** The outputs were right for every pattern. */
    MASKED,
    /** The outputs were wrong for some pattern, and the circuit's mismatch output flagged it. */
    DETECTED,
    /** The outputs were wrong for some pattern, and nothing flagged it. */
    SILENT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
