package dev.tmrkit.circuits.io.blif;

import dev.tmrkit.circuits.io.NetlistWriter;
import dev.tmrkit.circuits.io.WriterSupport;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes flat BLIF that {@link BlifReader} reads back gate for gate: a header comment, {@code .model},
 * {@code .inputs} and {@code .outputs} (long lists continued with {@code \}), one {@code .names} cover per
 * combinational gate and {@code .latch d q 0} per flip-flop, then {@code .end}. Covers are on-sets:
 * <pre>
 * AND  11..1 1            NOR  00..0 1
 * OR   1-..- 1, -1..- 1, ... (one row per input)
 * NAND 0-..- 1, -0..- 1, ... (one row per input)
 * XOR  every row with an odd number of 1s, XNOR every row with an even number (2^(n-1) rows)
 * BUF  1 1    NOT  0 1    CONST1  a single row 1    CONST0  no rows
 * </pre>
 * XOR and XNOR gates with more than {@value #MAX_PARITY_INPUTS} inputs are rejected rather than written as
 * huge covers, and so are net names containing blanks, control characters or {@code #}, or ending in
 * {@code \}. The model name is written with such characters replaced by {@code _}.
 */
public final class BlifWriter implements NetlistWriter {
    /** The widest XOR/XNOR written: its cover has 2^15 rows. */
    public static final int MAX_PARITY_INPUTS = 16;
    private static final int WRAP = 78;

    @Override
    public void write(Netlist netlist, Writer out) throws IOException {
        check(netlist);
        Writer w = WriterSupport.buffered(out);
        for (String line : WriterSupport.header(netlist)) {
            w.write("# " + line + "\n");
        }
        w.write(".model " + modelName(netlist.name()) + "\n");
        list(w, ".inputs", netlist.inputNames());
        list(w, ".outputs", netlist.outputNames());
        StringBuilder row = new StringBuilder();
        for (int g : WriterSupport.gateOrder(netlist)) {
            Gate gate = netlist.gate(g);
            String output = netlist.netName(gate.output());
            if (gate.type() == GateType.DFF) {
                w.write(".latch " + netlist.netName(gate.input(0)) + " " + output + " 0\n");
                continue;
            }
            String[] names = new String[gate.arity() + 2];
            names[0] = ".names";
            for (int pin = 0; pin < gate.arity(); pin++) {
                names[pin + 1] = netlist.netName(gate.input(pin));
            }
            names[names.length - 1] = output;
            line(w, names);
            cover(w, gate.type(), gate.arity(), row);
        }
        w.write(".end\n");
        w.flush();
    }

    private static void check(Netlist netlist) {
        WriterSupport.checkNames(netlist, "BLIF", "#");
        for (int net = 0; net < netlist.netCount(); net++) {
            if (netlist.netName(net).endsWith("\\")) {
                throw new IllegalArgumentException("cannot write BLIF: net name '" + netlist.netName(net)
                        + "' ends in '\\', which BLIF reads as a line continuation");
            }
        }
        for (Gate g : netlist.gates()) {
            if ((g.type() == GateType.XOR || g.type() == GateType.XNOR) && g.arity() > MAX_PARITY_INPUTS) {
                throw new IllegalArgumentException("cannot write BLIF: " + g.type() + " gate '" + netlist.netName(g.output())
                        + "' has " + g.arity() + " inputs; its cover would need 2^" + (g.arity() - 1)
                        + " rows (at most " + MAX_PARITY_INPUTS + " inputs are written); decompose it first");
            }
        }
    }

    private static String modelName(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(c <= ' ' || c == '#' || c == '\\' || c == '\u007F' ? '_' : c);
        }
        return sb.length() == 0 ? "netlist" : sb.toString();
    }

    private static void list(Writer w, String directive, List<String> names) throws IOException {
        String[] words = new String[names.size() + 1];
        words[0] = directive;
        for (int i = 0; i < names.size(); i++) {
            words[i + 1] = names.get(i);
        }
        line(w, words);
    }

    /** Blank-separated words, continued with {@code " \"} before a line would pass {@value #WRAP} characters. */
    private static void line(Writer w, String[] words) throws IOException {
        int width = 0;
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                if (width + 1 + words[i].length() > WRAP) {
                    w.write(" \\\n");
                    width = 0;
                }
                w.write(' ');
                width++;
            }
            w.write(words[i]);
            width += words[i].length();
        }
        w.write('\n');
    }

    private static void cover(Writer w, GateType type, int n, StringBuilder row) throws IOException {
        switch (type) {
            case CONST0:
                return;
            case CONST1:
                w.write("1\n");
                return;
            case BUF:
                w.write("1 1\n");
                return;
            case NOT:
                w.write("0 1\n");
                return;
            case AND:
            case NOR:
                w.write((type == GateType.AND ? "1" : "0").repeat(n) + " 1\n");
                return;
            case OR:
            case NAND:
                for (int k = 0; k < n; k++) {
                    row.setLength(0);
                    row.append("-".repeat(n)).setCharAt(k, type == GateType.OR ? '1' : '0');
                    w.append(row).write(" 1\n");
                }
                return;
            case XOR:
            case XNOR:
                int parity = type == GateType.XOR ? 1 : 0;
                for (int bits = 0; bits < 1 << n; bits++) {
                    if ((Integer.bitCount(bits) & 1) == parity) {
                        row.setLength(0);
                        for (int k = n - 1; k >= 0; k--) {
                            row.append((bits >>> k & 1) == 1 ? '1' : '0');
                        }
                        w.append(row).write(" 1\n");
                    }
                }
                return;
            default:
                throw new IllegalStateException("no cover for " + type);
        }
    }
}
