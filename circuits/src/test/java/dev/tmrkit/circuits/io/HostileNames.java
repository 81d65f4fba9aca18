package dev.tmrkit.circuits.io;

import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random netlists whose every net carries a hostile name: pieces that break writers that quote or escape
 * carelessly (quotes, backslashes, comment and statement syntax, generated-name look-alikes such as
 * {@code $tmr$A$3}, Verilog keywords, leading digits, bus brackets, HTML and XML syntax, non-ASCII letters
 * and a character outside the Basic Multilingual Plane), glued together, unique within a netlist.
 */
public final class HostileNames {
    /** Pieces every writer must carry: printable ASCII without blanks. */
    public static final List<String> ASCII = List.of("\"", "\\", "$tmr$", "$tmr$A$3", "$", "module", "wire", "input", "output",
            "assign", "endmodule", "begin", "end", "always", "reg", "1", "22", "0x", "[3]", "[", "]", ";", ",", "(", ")", "{", "}",
            "=", "#", "//", "/*", "*/", "'", "`", ".", "-", "->", "--", "<", ">", "&", "&amp;", "]]>", "a", "b", "N", "\\N", "\\G",
            "\\n", "\\\"", "%s", "@", "=cmd", "digraph", "node", "edge", "subgraph", "strict");
    /** Further pieces for writers that take any printable text (DOT, JSON): blanks inside a name and non-ASCII. */
    public static final List<String> WIDE = List.of(" ", "é", "中文", "\uD83D\uDE00", "ß", "Ω", "\u00a0", "\u2028");

    private HostileNames() {
    }

    /** A hostile name of 1 to 4 pieces; never starting or ending with a blank. */
    public static String name(SplittableRandom r, boolean wide) {
        StringBuilder sb = new StringBuilder();
        int pieces = 1 + r.nextInt(4);
        for (int k = 0; k < pieces; k++) {
            List<String> from = wide && r.nextInt(3) == 0 ? WIDE : ASCII;
            sb.append(from.get(r.nextInt(from.size())));
        }
        String s = sb.toString().strip();
        return s.isEmpty() ? "x" : s;
    }

    /** A netlist with hostile names, and the name each net of the plain netlist it came from got. */
    public record Renamed(Netlist plain, Netlist netlist, Map<String, String> names) {
    }

    /** A random netlist (as {@link RandomNetlists#generate}) with hostile net and netlist names. */
    public static Renamed netlist(SplittableRandom r, boolean wide, int maxInputs, int maxGates, int maxDffs) {
        return rename(RandomNetlists.generate(r.split(), maxInputs, maxGates, maxDffs), r, wide);
    }

    /** {@code plain} with every net (and the netlist) renamed to a hostile name. */
    public static Renamed rename(Netlist plain, SplittableRandom r, boolean wide) {
        Map<String, String> names = new HashMap<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (int net = 0; net < plain.netCount(); net++) {
            String n = name(r, wide);
            while (!used.add(n)) {
                n = n + name(r, wide);
            }
            names.put(plain.netName(net), n);
        }
        NetlistBuilder b = Netlist.builder(name(r, wide));
        for (String in : plain.inputNames()) {
            b.input(names.get(in));
        }
        for (Gate g : plain.gates()) {
            String out = names.get(plain.netName(g.output()));
            String[] ins = new String[g.inputs().length];
            for (int k = 0; k < ins.length; k++) {
                ins[k] = names.get(plain.netName(g.inputs()[k]));
            }
            if (g.type() == GateType.DFF) {
                b.dff(out, ins[0]);
            } else {
                b.gate(g.type(), out, ins);
            }
        }
        for (String out : plain.outputNames()) {
            b.output(names.get(out));
        }
        return new Renamed(plain, b.build(), Map.copyOf(names));
    }
}
