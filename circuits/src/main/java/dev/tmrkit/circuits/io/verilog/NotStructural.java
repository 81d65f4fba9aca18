package dev.tmrkit.circuits.io.verilog;

import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.circuits.io.verilog.synth.YosysScript;

/**
 * A Verilog text that is behavioural (RTL), not the structural subset {@link VerilogReader} reads: arithmetic or
 * comparison operators, combinational {@code always}, {@code initial}, parameters, {@code case}, loops and the like.
 * Located at the first such construct; a caller may have Yosys synthesise the file instead.
 */
public final class NotStructural extends ParseException {
    private static final long serialVersionUID = 1L;

    NotStructural(String source, int line, int column, String construct) {
        super(source, line, column, construct + " is behavioural Verilog, not the structural subset tmrkit reads itself;"
                + " give the top module (--top NAME) to have Yosys synthesise it (keep-safe, no merging), or convert it:"
                + " yosys -p 'read_verilog FILE; " + YosysScript.KEEP_SAFE + "; write_json FILE.json'");
    }
}
