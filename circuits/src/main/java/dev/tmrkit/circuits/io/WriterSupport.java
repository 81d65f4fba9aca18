package dev.tmrkit.circuits.io;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistStats;
import java.io.BufferedWriter;
import java.io.StringWriter;
import java.io.Writer;

/** What the writers share: the name check that runs before any output, the gate order and the header. */
public final class WriterSupport {
    private WriterSupport() {
    }

    /**
     * Rejects the netlist unless every net name is non-empty and free of blanks, control characters and the
     * characters in {@code reserved}; the message names the net and the character.
     */
    public static void checkNames(Netlist netlist, String format, String reserved) {
        for (int net = 0; net < netlist.netCount(); net++) {
            String name = netlist.netName(net);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("cannot write " + format + ": a net has an empty name");
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c <= ' ' || c == '\u007F' || reserved.indexOf(c) >= 0) {
                    throw new IllegalArgumentException("cannot write " + format + ": net name '" + name + "' contains "
                            + describe(c) + "; " + format + " net names may not contain blanks, control characters or any of "
                            + reserved);
                }
            }
        }
    }

    public static String describe(char c) {
        return c == ' ' ? "a space" : c < ' ' || c == '\u007F' ? String.format("the control character U+%04X", (int) c) : "'" + c + "'";
    }

    /** The combinational gates in topological order, then the flip-flops in gate order: a stable order. */
    public static int[] gateOrder(Netlist netlist) {
        int[] combinational = netlist.topologicalOrder();
        int[] dffs = netlist.dffGates();
        int[] order = java.util.Arrays.copyOf(combinational, combinational.length + dffs.length);
        System.arraycopy(dffs, 0, order, combinational.length, dffs.length);
        return order;
    }

    /** Comment lines (without the comment character) describing the netlist. */
    public static String[] header(Netlist netlist) {
        NetlistStats s = netlist.stats();
        return new String[] {
            commentSafe(netlist.name()),
            s.inputs() + " inputs, " + s.outputs() + " outputs, " + s.gates() + " gates, " + s.dffs() + " D flip-flops",
            "written by tmrkit"
        };
    }

    private static String commentSafe(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c < ' ' || c == '\u007F' ? '?' : c);
        }
        return sb.toString();
    }

    /** A buffered view of {@code out} unless it is already buffered or in memory; the caller flushes it. */
    public static Writer buffered(Writer out) {
        return out instanceof BufferedWriter || out instanceof StringWriter ? out : new BufferedWriter(out, 1 << 16);
    }
}
