package dev.tmrkit.circuits.io.bench;

import dev.tmrkit.circuits.io.NetlistWriter;
import dev.tmrkit.circuits.io.WriterSupport;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes the ISCAS {@code .bench} format that {@link BenchReader} reads: a header comment, the
 * {@code INPUT} lines and the {@code OUTPUT} lines in port order, then one line per gate, combinational
 * gates in topological order and flip-flops last. {@code BUF} is written {@code BUFF} (the ISCAS
 * spelling) and constants as {@code x = CONST0()} / {@code x = CONST1()}. Lines end in LF.
 *
 * <p>The format cannot express a net name containing blanks or any of {@code ( ) , = #}; such a netlist is
 * rejected with an {@link IllegalArgumentException} before anything is written (names are never escaped).
 */
public final class BenchWriter implements NetlistWriter {
    /** Characters a .bench net name may not contain (besides blanks and control characters). */
    static final String RESERVED = "(),=#";

    @Override
    public void write(Netlist netlist, Writer out) throws IOException {
        WriterSupport.checkNames(netlist, ".bench", RESERVED);
        Writer w = WriterSupport.buffered(out);
        for (String line : WriterSupport.header(netlist)) {
            w.write("# " + line + "\n");
        }
        w.write("\n");
        for (int in : netlist.inputIds()) {
            w.write("INPUT(" + netlist.netName(in) + ")\n");
        }
        w.write("\n");
        for (int o : netlist.outputIds()) {
            w.write("OUTPUT(" + netlist.netName(o) + ")\n");
        }
        w.write("\n");
        StringBuilder line = new StringBuilder();
        for (int g : WriterSupport.gateOrder(netlist)) {
            Gate gate = netlist.gate(g);
            line.setLength(0);
            line.append(netlist.netName(gate.output())).append(" = ").append(typeName(gate.type())).append('(');
            for (int pin = 0; pin < gate.arity(); pin++) {
                line.append(pin == 0 ? "" : ", ").append(netlist.netName(gate.input(pin)));
            }
            w.append(line).append(")\n");
        }
        w.flush();
    }

    private static String typeName(GateType type) {
        return type == GateType.BUF ? "BUFF" : type.name();
    }
}
