package dev.tmrkit.circuits.library;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;

/**
 * An N-bit unsigned comparator {@code x > K} against a constant K, as gates specialised to K. Inputs
 * {@code x0..x(N-1)} ({@code x0} least significant); output {@code gt}.
 *
 * <p>Construction, from the least significant bit up: let {@code gt_i} mean "bits 0..i of x exceed bits 0..i
 * of K", with {@code gt_-1 = 0}. Where K has a 1, x must also have a 1 and the lower bits must exceed:
 * {@code gt_i = x_i ∧ gt_(i-1)}; where K has a 0, a 1 in x suffices: {@code gt_i = x_i ∨ gt_(i-1)}. Constant
 * zeros are folded away, so K's trailing ones cost no gates. For N=4, K=10 (1010) this gives
 * {@code gt = x3 ∧ (x2 ∨ (x1 ∧ x0))}. Intermediate nets are {@code gt_<i>}; when no gate is needed the output
 * is a CONST0 ({@code K = 2^N - 1}) or a BUF of one input.
 */
public final class ConstantComparator {
    /** The built-in name. */
    public static final String NAME = "comparator";
    /** Width when none is given. */
    public static final int DEFAULT_WIDTH = 4;
    /** Constant when none is given. */
    public static final long DEFAULT_CONSTANT = 10;
    /** Largest supported width. */
    public static final int MAX_WIDTH = 64;

    private ConstantComparator() {
    }

    /**
     * The comparator {@code x > constant} on {@code width} bits, named {@code comparator:<width>:<constant>}.
     *
     * @param constant K, read as unsigned; must fit in {@code width} bits
     * @throws IllegalArgumentException unless {@code 1 <= width <= 64} and {@code K < 2^width}
     */
    public static Netlist netlist(int width, long constant) {
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException(NAME + ": width must be from 1 to " + MAX_WIDTH + ", got " + width);
        }
        if (width < 64 && constant >>> width != 0) {
            throw new IllegalArgumentException(NAME + ": constant " + Long.toUnsignedString(constant) + " does not fit in "
                    + width + " bits (it must be below " + (1L << width) + ")");
        }
        NetlistBuilder b = Netlist.builder(NAME + ":" + width + ":" + Long.toUnsignedString(constant));
        for (int i = 0; i < width; i++) {
            b.input("x" + i);
        }
        b.output("gt");
        String sofar = null; // null: the constant 0
        for (int i = 0; i < width; i++) {
            boolean kBit = (constant >>> i & 1L) != 0;
            if (sofar == null) {
                // gt_i = x_i ∧ 0 = 0 or x_i ∨ 0 = x_i: no gate.
                sofar = kBit ? null : "x" + i;
                continue;
            }
            String net = i == width - 1 ? "gt" : "gt_" + i;
            b.gate(kBit ? GateType.AND : GateType.OR, net, "x" + i, sofar);
            sofar = net;
        }
        if (sofar == null) {
            b.gate(GateType.CONST0, "gt");
        } else if (!sofar.equals("gt")) {
            b.gate(GateType.BUF, "gt", sofar);
        }
        return b.build();
    }
}
