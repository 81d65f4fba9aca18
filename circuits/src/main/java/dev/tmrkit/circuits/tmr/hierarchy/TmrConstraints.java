package dev.tmrkit.circuits.tmr.hierarchy;

import dev.tmrkit.gates.Netlist;
import java.util.Locale;
import java.util.Optional;

/**
 * Constraint files that tell a synthesis or implementation tool not to optimise a TMR netlist's replicas
 * and voters: one command per kept instance of {@link TmrModules} (the instances the Verilog of
 * {@link TmrModules#writer()} has), found at any level of the hierarchy, so the constraints still apply when
 * the TMR module is instantiated inside a larger design.
 * <pre>
 * sdc: set_dont_touch [get_cells -hierarchical {$tmr$A}]                 (Synopsys/Cadence-style flows)
 * xdc: set_property DONT_TOUCH true [get_cells -hierarchical {$tmr$A}]   (Vivado)
 * </pre>
 * The braces keep Tcl from substituting the {@code $} of generated names.
 */
public enum TmrConstraints {
    /** Synopsys Design Constraints: {@code set_dont_touch}. */
    SDC,
    /** Xilinx Design Constraints: {@code set_property DONT_TOUCH true}. */
    XDC;

    /** The format a file name's extension names ({@code .sdc}, {@code .xdc}, any case). */
    public static Optional<TmrConstraints> fromFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (TmrConstraints c : values()) {
            if (lower.endsWith("." + c.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The constraint file's text for a TMR netlist; empty of commands when it has no kept instance. */
    public String text(Netlist tmr) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(tmr.name().replaceAll("[\\x00-\\x1f\\x7f]", "?"))
                .append(": keep every replica and voter of the TMR netlist (written by tmrkit)\n");
        for (String instance : TmrModules.instances(tmr)) {
            String cells = "[get_cells -hierarchical {" + instance + "}]";
            sb.append(this == SDC ? "set_dont_touch " + cells : "set_property DONT_TOUCH true " + cells).append('\n');
        }
        return sb.toString();
    }
}
