package dev.tmrkit.gates.fault;

import dev.tmrkit.gates.Netlist;

/** A fault applied on top of a compiled netlist; the netlist itself never changes. */
public sealed interface Fault permits StuckAt, BitFlip {
    Site site();

    /**
     * The value seen at the site, given the fault-free value {@code good} of 64 pattern lanes in word
     * {@code word} during clock cycle {@code cycle}.
     */
    long apply(long good, int cycle, int word);

    /** The scalar form of {@link #apply}: the value seen by pattern lane {@code lane}. */
    boolean apply(boolean good, int cycle, int lane);

    String describe(Netlist netlist);
}
