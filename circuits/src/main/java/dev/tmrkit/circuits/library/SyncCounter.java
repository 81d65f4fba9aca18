package dev.tmrkit.circuits.library;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;

/**
 * An N-bit synchronous up-counter with D flip-flops, initial state 0: at each clock edge
 * {@code q := reset ? 0 : q + inc (mod 2^N)}. Inputs {@code inc, reset}; outputs {@code q0..q(N-1)}, the DFF
 * outputs ({@code q0} least significant), so cycle t shows the state after t clock edges.
 *
 * <p>The increment is a chain of half adders: {@code s<i> = q<i> ⊕ c<i>}, {@code c<i+1> = q<i> ∧ c<i>}, with
 * {@code c0 = inc}; reset gates each D input: {@code d<i> = s<i> ∧ nreset}, {@code nreset = ¬reset}.
 */
public final class SyncCounter {
    /** The built-in name. */
    public static final String NAME = "counter";
    /** Width when none is given. */
    public static final int DEFAULT_WIDTH = 4;
    /** Largest supported width. */
    public static final int MAX_WIDTH = 64;

    private SyncCounter() {
    }

    /**
     * The {@code width}-bit counter, named {@code counter:<width>}.
     *
     * @throws IllegalArgumentException unless {@code 1 <= width <= 64}
     */
    public static Netlist netlist(int width) {
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException(NAME + ": width must be from 1 to " + MAX_WIDTH + ", got " + width);
        }
        NetlistBuilder b = Netlist.builder(NAME + ":" + width).input("inc").input("reset");
        for (int i = 0; i < width; i++) {
            b.output("q" + i);
        }
        b.gate(GateType.NOT, "nreset", "reset");
        for (int i = 0; i < width; i++) {
            String q = "q" + i;
            String carry = i == 0 ? "inc" : "c" + i;
            b.gate(GateType.XOR, "s" + i, q, carry);
            if (i < width - 1) {
                b.gate(GateType.AND, "c" + (i + 1), q, carry);
            }
            b.gate(GateType.AND, "d" + i, "s" + i, "nreset");
            b.dff(q, "d" + i);
        }
        return b.build();
    }
}
