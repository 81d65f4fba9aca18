package dev.tmrkit.circuits.library;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;

/**
 * A one-bit full adder from XOR, AND and OR gates: propagate {@code p = a ⊕ b}, generate {@code g = a ∧ b},
 * {@code sum = p ⊕ cin}, {@code cout = g ∨ (p ∧ cin)}. Inputs {@code a, b, cin}; outputs {@code sum, cout}.
 */
public final class FullAdder {
    /** The built-in name. */
    public static final String NAME = "full-adder";

    private FullAdder() {
    }

    /** The stand-alone full adder; internal nets {@code p, g, t}. */
    public static Netlist netlist() {
        NetlistBuilder b = Netlist.builder(NAME).input("a").input("b").input("cin").output("sum").output("cout");
        cell(b, "a", "b", "cin", "sum", "cout", "p", "g", "t");
        return b.build();
    }

    /** Adds one full-adder cell; {@code p}, {@code g} and {@code t} name its three internal nets. */
    static void cell(NetlistBuilder b, String a, String bIn, String cin, String sum, String cout,
                     String p, String g, String t) {
        b.gate(GateType.XOR, p, a, bIn);
        b.gate(GateType.AND, g, a, bIn);
        b.gate(GateType.XOR, sum, p, cin);
        b.gate(GateType.AND, t, p, cin);
        b.gate(GateType.OR, cout, g, t);
    }
}
