package dev.tmrkit.cli.options;

import dev.tmrkit.circuits.io.ClockedNetlist;
import dev.tmrkit.gates.Netlist;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options of every command that reads a circuit. */
public final class ReadOptions {
    @Option(names = "--undriven-as-inputs",
            description = "Treat nets that are read but never driven as extra primary inputs instead of an error.")
    public boolean undrivenAsInputs;

    @Option(names = "--clock", paramLabel = "NET",
            description = "The net that clocks the flip-flops of a BLIF, Yosys JSON or Verilog file; refused when it is not "
                    + "(default: the one net feeding every flip-flop's clock pin). It is dropped from the inputs (tmrkit's "
                    + "clock is implicit) and written Verilog names its clock input after it.")
    public String clock;

    @Option(names = "--top", paramLabel = "MODULE",
            description = "The top module of a Verilog file. Behavioural (RTL) Verilog is synthesised with yosys "
                    + "(keep-safe: nothing merged) only when --top is given.")
    public String top;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Optional<String> clockFound = Optional.empty();

    public Netlist load(String circuit) {
        ClockedNetlist read = CircuitLoader.load(circuit, undrivenAsInputs, clock, top,
                note -> spec.commandLine().getErr().println("tmrkit: " + note));
        clockFound = read.clock();
        return read.netlist();
    }

    /** The clock input the last {@link #load} dropped (as named in the file), if any. */
    public Optional<String> clockFound() {
        return clockFound;
    }
}
