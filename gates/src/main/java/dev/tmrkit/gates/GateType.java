package dev.tmrkit.gates;

import java.util.Locale;
import java.util.Optional;

/** The closed set of primitive cells: combinational gates, constants and the D flip-flop. */
public enum GateType {
    AND(2, Integer.MAX_VALUE),
    OR(2, Integer.MAX_VALUE),
    NAND(2, Integer.MAX_VALUE),
    NOR(2, Integer.MAX_VALUE),
    XOR(2, Integer.MAX_VALUE),
    XNOR(2, Integer.MAX_VALUE),
    NOT(1, 1),
    BUF(1, 1),
    CONST0(0, 0),
    CONST1(0, 0),
    /** D flip-flop with one implicit clock and initial value 0; its single input is D, its output Q. */
    DFF(1, 1);

    private final int minInputs;
    private final int maxInputs;

    GateType(int minInputs, int maxInputs) {
        this.minInputs = minInputs;
        this.maxInputs = maxInputs;
    }

    public int minInputs() {
        return minInputs;
    }

    public int maxInputs() {
        return maxInputs;
    }

    public boolean acceptsArity(int n) {
        return n >= minInputs && n <= maxInputs;
    }

    /** True for the D flip-flop: its output is state, not a function of this cycle's inputs. */
    public boolean isSequential() {
        return this == DFF;
    }

    public boolean isConstant() {
        return this == CONST0 || this == CONST1;
    }

    /** True when the output is the complement of the underlying AND/OR/XOR/BUF function. */
    public boolean isInverting() {
        return this == NAND || this == NOR || this == XNOR || this == NOT;
    }

    /** A human description of the legal input count, for error messages. */
    public String arityText() {
        if (minInputs == maxInputs) {
            return minInputs + (minInputs == 1 ? " input" : " inputs");
        }
        return maxInputs == Integer.MAX_VALUE ? minInputs + " or more inputs" : minInputs + ".." + maxInputs + " inputs";
    }

    /** Scalar truth function of this combinational gate; the plain definition, used by reference code. */
    public boolean apply(boolean[] in) {
        switch (this) {
            case CONST0: return false;
            case CONST1: return true;
            case BUF: case DFF: return in[0];
            case NOT: return !in[0];
            default: break;
        }
        boolean acc = in[0];
        for (int i = 1; i < in.length; i++) {
            switch (this) {
                case AND: case NAND: acc &= in[i]; break;
                case OR: case NOR: acc |= in[i]; break;
                default: acc ^= in[i]; break;
            }
        }
        return isInverting() != acc;
    }

    /** Parses a type name case-insensitively; accepts the common aliases BUFF, INV, ZERO/ONE, GND/VDD. */
    public static Optional<GateType> parse(String name) {
        String u = name.toUpperCase(Locale.ROOT);
        switch (u) {
            case "BUFF": return Optional.of(BUF);
            case "INV": return Optional.of(NOT);
            case "ZERO": case "GND": case "CONST0": return Optional.of(CONST0);
            case "ONE": case "VDD": case "CONST1": return Optional.of(CONST1);
            default:
                for (GateType t : values()) {
                    if (t.name().equals(u)) {
                        return Optional.of(t);
                    }
                }
                return Optional.empty();
        }
    }
}
