package dev.tmrkit.circuits.io;

/**
 * The module attribute that carries a netlist's own name through files whose module is named otherwise:
 * {@code (* tmrkit_netlist = "c17-tmr" *)} on the module that tmrkit's Verilog writers name after the original
 * design ({@code module c17}, so that it replaces the original in a testbench). Synthesis keeps module attributes
 * (Yosys writes them into its JSON {@code attributes} and into {@code write_verilog} without {@code -noattr}), and the
 * Verilog and Yosys JSON readers name the netlist by it. The name matters: the TMR pass names its netlists
 * {@code <original>-tmr}, and {@link dev.tmrkit.circuits.tmr.check.TmrCheck} tells "a TMR netlist whose replicas a
 * tool merged" from "not a TMR netlist" by it when no replica is left.
 */
public final class NetlistNameAttribute {
    /** The attribute's name. */
    public static final String NAME = "tmrkit_netlist";

    private NetlistNameAttribute() {
    }

    /** True when {@code name} can be the attribute's value: printable ASCII (blanks included) without {@code *)}. */
    public static boolean isWritable(String name) {
        if (name.isEmpty() || name.contains("*)")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < ' ' || name.charAt(i) >= 0x7F) {
                return false;
            }
        }
        return true;
    }
}
