package dev.tmrkit.circuits.tmr;

import java.util.Locale;

/** The kinds of majority voter the TMR pass places; each voter is four gates (three AND2, one OR3). */
public enum VoterKind {
    /** One voter read by all three replicas (or by an excluded gate): a single point of failure. */
    SINGLE,
    /** One of three voters of a net; replica X reads voter X. */
    TRIPLICATED,
    /** The final voter of a primary output, driving the original output net. */
    REDUCTION;

    /** Voter instances per placement: three for {@link #TRIPLICATED}, else one. */
    public int instances() {
        return this == TRIPLICATED ? 3 : 1;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
