package dev.tmrkit.cli.prove;

import dev.tmrkit.cli.CircuitLoader;
import dev.tmrkit.cli.Format;
import dev.tmrkit.cli.UserException;
import dev.tmrkit.gates.Netlist;
import picocli.CommandLine.Option;

/** Options the proof commands share: the report format and how circuits are read. */
final class ProofFlags {
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "Report as table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--undriven-as-inputs",
            description = "Treat nets that are read but never driven as extra primary inputs instead of an error.")
    boolean undrivenAsInputs;

    /** Refuses csv, which a proof report has no rows for. */
    void checkFormat(String command) {
        if (format == Format.csv) {
            throw new UserException("--format must be table or json for " + command);
        }
    }

    Netlist load(String spec) {
        return CircuitLoader.load(spec, undrivenAsInputs);
    }
}
