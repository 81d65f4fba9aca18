package dev.tmrkit.circuits.library;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;

/**
 * An N-bit ripple-carry adder: a chain of {@link FullAdder} cells, bit 0 least significant. Inputs
 * {@code a0..a(N-1)}, {@code b0..b(N-1)}, {@code cin} in that order; outputs {@code s0..s(N-1)}, {@code cout}.
 * Internal nets of bit i are {@code p<i>, g<i>, t<i>}; the carry into bit i is {@code c<i>}.
 */
public final class RippleCarryAdder {
    /** The built-in name. */
    public static final String NAME = "ripple-adder";
    /** Width when none is given. */
    public static final int DEFAULT_WIDTH = 4;
    /** Largest supported width. */
    public static final int MAX_WIDTH = 64;

    private RippleCarryAdder() {
    }

    /**
     * The {@code width}-bit adder, named {@code ripple-adder:<width>}.
     *
     * @throws IllegalArgumentException unless {@code 1 <= width <= 64}
     */
    public static Netlist netlist(int width) {
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException(NAME + ": width must be from 1 to " + MAX_WIDTH + ", got " + width);
        }
        NetlistBuilder b = Netlist.builder(NAME + ":" + width);
        for (int i = 0; i < width; i++) {
            b.input("a" + i);
        }
        for (int i = 0; i < width; i++) {
            b.input("b" + i);
        }
        b.input("cin");
        for (int i = 0; i < width; i++) {
            b.output("s" + i);
        }
        b.output("cout");
        for (int i = 0; i < width; i++) {
            String carryIn = i == 0 ? "cin" : "c" + i;
            String carryOut = i == width - 1 ? "cout" : "c" + (i + 1);
            FullAdder.cell(b, "a" + i, "b" + i, carryIn, "s" + i, carryOut, "p" + i, "g" + i, "t" + i);
        }
        return b.build();
    }
}
