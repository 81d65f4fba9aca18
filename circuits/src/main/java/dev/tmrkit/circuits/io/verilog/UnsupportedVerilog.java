package dev.tmrkit.circuits.io.verilog;

import dev.tmrkit.circuits.io.NetlistAssembly;
import dev.tmrkit.circuits.io.NetlistReader;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.gates.Netlist;
import java.io.Reader;

/**
 * The "reader" of {@code .v} files: tmrkit writes structural Verilog but does not parse Verilog, so every read
 * fails with a {@link ParseException} at 1:1 that gives the Yosys command converting the file to JSON.
 *
 * <p>The command is keep-safe: it elaborates, flattens (kept modules included) and maps to gates, but runs no
 * optimisation ({@code opt_merge}, ABC) that could merge the replicas of a TMR netlist; {@code synth -flatten}
 * turns TMR(c17)'s 26 gates back into 7.
 */
public final class UnsupportedVerilog implements NetlistReader {
    /** Yosys commands that turn Verilog into gates without merging identical logic. */
    public static final String KEEP_SAFE = "hierarchy -auto-top; proc; setattr -mod -unset keep_hierarchy; flatten; techmap; opt_clean";

    @Override
    public Netlist read(String source, Reader in) {
        String json = source.startsWith("<") ? "x.json" : NetlistAssembly.stem(source) + ".json";
        String verilog = source.startsWith("<") ? "x.v" : source;
        throw new ParseException(source, 1, 1, "tmrkit does not read Verilog; convert it to JSON without merging logic:"
                + " yosys -p 'read_verilog " + verilog + "; " + KEEP_SAFE + "; write_json " + json + "'");
    }

    @Override
    public NetlistReader withUndrivenAsInputs(boolean yes) {
        return this;
    }
}
