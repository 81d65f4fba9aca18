package dev.tmrkit.cli.options;

import dev.tmrkit.gates.Netlist;
import picocli.CommandLine.Option;

/** Options of every command that reads a circuit. */
public final class ReadOptions {
    @Option(names = "--undriven-as-inputs",
            description = "Treat nets that are read but never driven as extra primary inputs instead of an error.")
    public boolean undrivenAsInputs;

    public Netlist load(String spec) {
        return CircuitLoader.load(spec, undrivenAsInputs);
    }
}
