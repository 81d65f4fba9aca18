package dev.tmrkit.circuits.io;

import dev.tmrkit.gates.Netlist;
import java.io.Reader;

/**
 * The "reader" of {@code .v} files: tmrkit writes structural Verilog but does not parse Verilog, so every read
 * fails with a {@link ParseException} at 1:1 that gives the Yosys command converting the file to JSON.
 */
final class UnsupportedVerilog implements NetlistReader {
    @Override
    public Netlist read(String source, Reader in) {
        String json = source.startsWith("<") ? "x.json" : source.replaceFirst("(?i)\\.v$", "") + ".json";
        String verilog = source.startsWith("<") ? "x.v" : source;
        throw new ParseException(source, 1, 1, "tmrkit does not read Verilog; convert it to Yosys JSON first and read"
                + " that: yosys -p 'read_verilog " + verilog + "; synth -flatten; write_json " + json + "'");
    }

    @Override
    public NetlistReader withUndrivenAsInputs(boolean yes) {
        return this;
    }
}
