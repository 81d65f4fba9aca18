package dev.tmrkit.circuits.render;

import dev.tmrkit.gates.GateType;

/**
 * The IEC 60617 rectangular symbol of each gate type: the qualifying text inside the box. An inverting
 * gate (NAND, NOR, XNOR, NOT) shares its base type's text; the diagram marks the inversion with a bubble
 * at the output, where the wires leave the gate.
 */
final class GateSymbols {
    private GateSymbols() {
    }

    /** The text inside the gate's box. */
    static String symbol(GateType type) {
        switch (type) {
            case AND: case NAND: return "&";
            case OR: case NOR: return "≥1";
            case XOR: case XNOR: return "=1";
            case NOT: case BUF: return "1";
            case CONST0: return "0";
            case CONST1: return "1";
            case DFF: return "1D\n►C1";
            default: throw new IllegalArgumentException("no symbol for " + type);
        }
    }
}
