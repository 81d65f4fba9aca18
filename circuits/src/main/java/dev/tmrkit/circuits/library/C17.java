package dev.tmrkit.circuits.library;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;

/**
 * ISCAS-85 c17, the smallest benchmark of the suite: six 2-input NAND gates. Inputs {@code 1, 2, 3, 6, 7},
 * outputs {@code 22, 23}, with the benchmark's own net names.
 */
public final class C17 {
    /** The built-in name. */
    public static final String NAME = "c17";

    private C17() {
    }

    /** The c17 netlist, identical in names and structure to {@code c17.bench}. */
    public static Netlist netlist() {
        return Netlist.builder(NAME)
                .input("1").input("2").input("3").input("6").input("7")
                .output("22").output("23")
                .gate(GateType.NAND, "10", "1", "3")
                .gate(GateType.NAND, "11", "3", "6")
                .gate(GateType.NAND, "16", "2", "11")
                .gate(GateType.NAND, "19", "11", "7")
                .gate(GateType.NAND, "22", "10", "16")
                .gate(GateType.NAND, "23", "16", "19")
                .build();
    }
}
