package dev.tmrkit.circuits.io.verilog.write;

import java.util.Objects;
import java.util.Optional;

/**
 * How a written Verilog module presents itself: its name (default the netlist's), the name of its clock input
 * (default {@code clk}) and whether the bits of a bus stay separate escaped ports ({@code \q[0] }) instead of one
 * bus port ({@code output [3:0] q}, the default). See {@link VerilogPorts}.
 */
public record VerilogOptions(Optional<String> module, Optional<String> clock, boolean scalarPorts) {
    public VerilogOptions {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(clock, "clock");
        module.ifPresent(m -> require(m, "module"));
        clock.ifPresent(c -> require(c, "clock"));
    }

    private static void require(String name, String what) {
        if (!VerilogNames.isWritable(name)) {
            throw new IllegalArgumentException("the " + what + " name '" + name + "' cannot be written in Verilog: it must"
                    + " be printable ASCII without blanks");
        }
    }

    /** The netlist's name, {@code clk}, buses. */
    public static VerilogOptions defaults() {
        return new VerilogOptions(Optional.empty(), Optional.empty(), false);
    }

    public VerilogOptions withModule(String name) {
        return new VerilogOptions(Optional.ofNullable(name), clock, scalarPorts);
    }

    public VerilogOptions withClock(String name) {
        return new VerilogOptions(module, Optional.ofNullable(name), scalarPorts);
    }

    public VerilogOptions withScalarPorts(boolean yes) {
        return new VerilogOptions(module, clock, yes);
    }
}
