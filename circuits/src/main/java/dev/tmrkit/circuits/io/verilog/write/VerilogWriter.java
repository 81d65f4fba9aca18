package dev.tmrkit.circuits.io.verilog.write;

import dev.tmrkit.circuits.io.NetlistWriter;
import dev.tmrkit.circuits.io.WriterSupport;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Writes a netlist as one structural Verilog-2001 module that Yosys, Icarus Verilog and Verilator read:
 * <pre>
 * module c17 (\1 , \2 , \3 , \6 , \7 , \22 , \23 );
 *   input \1 ;
 *   ...
 *   output \22 ;
 *   wire \10 ;
 *   assign \10 = ~(\1 &amp; \3 );
 *   ...
 * endmodule
 * </pre>
 * Each combinational gate is one {@code assign} ({@code &}, {@code |}, {@code ^}, {@code ~(...)} for the inverting
 * ones, {@code 1'b0}/{@code 1'b1} for constants). Names that are not plain Verilog identifiers (or are keywords)
 * are written as escaped identifiers, {@code \name } with a trailing space ({@link VerilogNames}), so
 * {@code $tmr$A$n} survives as {@code \$tmr$A$n }.
 *
 * <p><b>Clock.</b> tmrkit's flip-flops have one implicit clock; Verilog needs it as a port. A sequential netlist
 * gets one extra input, first in the port list, named {@code clk} ({@link #clockPort}; {@code $verilog$clk} if the
 * netlist already has a net {@code clk}). Each flip-flop output is a {@code reg} initialised to 0 (tmrkit's reset
 * state, which Yosys keeps as the wire's {@code init} attribute) and assigned in one
 * {@code always @(posedge clk)} block. {@link dev.tmrkit.circuits.io.yosys.YosysJsonReader} drops that clock
 * input again.
 *
 * <p><b>Ports.</b> Inputs then outputs, in the netlist's order. An output whose net is also an input, or is the
 * net of an earlier output, cannot be a port of the same name; it becomes the port {@code $verilog$out$<k>} (k its
 * position among the outputs) assigned from the net ({@link #outputPorts}).
 *
 * <p>A net name with blanks, control or non-ASCII characters cannot be written; such a netlist is rejected with
 * an {@link IllegalArgumentException} before anything is written.
 */
public final class VerilogWriter implements NetlistWriter {
    /** The clock input's name unless the netlist already uses it. */
    public static final String CLOCK = "clk";
    private static final String PREFIX = "$verilog$";
    private static final int WRAP = 100;

    private final VerilogOptions options;

    /** A writer with {@link VerilogOptions#defaults()}: the netlist's name, clock {@code clk}, bus ports. */
    public VerilogWriter() {
        this(VerilogOptions.defaults());
    }

    public VerilogWriter(VerilogOptions options) {
        this.options = options;
    }

    @Override
    public void write(Netlist netlist, Writer out) throws IOException {
        checkNames(netlist);
        VerilogPorts ports = new VerilogPorts(netlist, options);
        Optional<String> clock = ports.clock();
        List<String> outputs = ports.outputs();
        Writer w = WriterSupport.buffered(out);
        for (String line : WriterSupport.header(netlist)) {
            w.write("// " + line + "\n");
        }
        if (clock.isPresent()) {
            w.write("// flip-flops: the clock input " + clock.get() + " was added (tmrkit's clock is implicit);"
                    + " initial value 0\n");
        }
        ports.header(w);
        Set<String> outputSet = ports.scalarOutputs();
        int[] order = WriterSupport.gateOrder(netlist);
        for (int g : order) {
            Gate gate = netlist.gate(g);
            String name = netlist.netName(gate.output());
            if (gate.type() == GateType.DFF) {
                w.write("  reg " + id(name) + "= 1'b0;\n");
            } else if (!outputSet.contains(name)) {
                w.write("  wire " + ref(name) + ";\n");
            }
        }
        for (int g : order) {
            Gate gate = netlist.gate(g);
            if (gate.type() != GateType.DFF) {
                w.write("  assign " + id(netlist.netName(gate.output())) + "= " + expression(gate, netlist::netName) + ";\n");
            }
        }
        for (int k = 0; k < outputs.size(); k++) {
            String net = netlist.netName(netlist.output(k));
            if (!outputs.get(k).equals(net)) {
                w.write("  assign " + id(outputs.get(k)) + "= " + ref(net) + ";\n");
            }
        }
        ports.busAssigns(w);
        if (clock.isPresent()) {
            w.write("  always @(posedge " + ref(clock.get()) + ") begin\n");
            for (int g : netlist.dffGates()) {
                Gate gate = netlist.gate(g);
                w.write("    " + id(netlist.netName(gate.output())) + "<= " + ref(netlist.netName(gate.input(0))) + ";\n");
            }
            w.write("  end\n");
        }
        w.write("endmodule\n");
        w.flush();
    }

    /** The name of the clock input the module gets: empty for a combinational netlist. */
    public static Optional<String> clockPort(Netlist netlist) {
        if (!netlist.isSequential()) {
            return Optional.empty();
        }
        return Optional.of(netlist.findNet(CLOCK).isEmpty() ? CLOCK : fresh(netlist, PREFIX + "clk", new HashSet<>()));
    }

    /** The names of the module's output ports, in the netlist's output order. */
    public static List<String> outputPorts(Netlist netlist) {
        Set<String> used = new HashSet<>(netlist.inputNames());
        Set<String> generated = new HashSet<>();
        List<String> ports = new ArrayList<>();
        for (int k = 0; k < netlist.outputCount(); k++) {
            String net = netlist.netName(netlist.output(k));
            ports.add(used.add(net) ? net : fresh(netlist, PREFIX + "out$" + k, generated));
        }
        return ports;
    }

    /** {@code base}, or {@code base$2}, {@code base$3}, ... avoiding the netlist's nets and {@code generated}. */
    private static String fresh(Netlist netlist, String base, Set<String> generated) {
        String name = base;
        for (int k = 2; netlist.findNet(name).isPresent() || !generated.add(name); k++) {
            name = base + "$" + k;
        }
        return name;
    }

    static void checkNames(Netlist netlist) {
        for (int net = 0; net < netlist.netCount(); net++) {
            String name = netlist.netName(net);
            if (!VerilogNames.isWritable(name)) {
                char bad = name.chars().filter(c -> c <= ' ' || c >= 0x7F).mapToObj(c -> (char) c).findFirst().orElse(' ');
                throw new IllegalArgumentException("cannot write Verilog: net name '" + name + "' contains "
                        + (bad >= 0x7F && bad != 0x7F ? String.format("the non-ASCII character U+%04X", (int) bad)
                        : WriterSupport.describe(bad)) + "; Verilog names, escaped ones included, are printable ASCII"
                        + " without blanks");
            }
        }
    }

    static String moduleName(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(c <= ' ' || c >= 0x7F ? '_' : c);
        }
        return sb.length() == 0 ? "netlist" : sb.toString();
    }

    /** The identifier: plain, or escaped with the space that ends it (which must never be dropped). */
    static String ref(String name) {
        return VerilogNames.identifier(name);
    }

    /** The identifier followed by one space, for when something else follows. */
    static String id(String name) {
        String v = VerilogNames.identifier(name);
        return v.endsWith(" ") ? v : v + " ";
    }

    static void portList(Writer w, List<String> ports) throws IOException {
        portListOfIdentifiers(w, ports.stream().map(VerilogWriter::ref).toList());
    }

    /** A port list of identifiers already spelled as Verilog, wrapped. */
    static void portListOfIdentifiers(Writer w, List<String> ports) throws IOException {
        int width = 0;
        for (int i = 0; i < ports.size(); i++) {
            String p = ports.get(i);
            if (i > 0) {
                w.write(",");
                if (width + p.length() + 2 > WRAP) {
                    w.write("\n   ");
                    width = 3;
                }
                w.write(' ');
                width += 2;
            }
            w.write(p);
            width += p.length();
        }
    }

    /** The right-hand side of a combinational gate's {@code assign}, its nets named by {@code name}. */
    static String expression(Gate gate, IntFunction<String> name) {
        switch (gate.type()) {
            case CONST0: return "1'b0";
            case CONST1: return "1'b1";
            case BUF: return ref(name.apply(gate.input(0)));
            case NOT: return "~" + ref(name.apply(gate.input(0)));
            case AND: return operands(gate, name, "&");
            case OR: return operands(gate, name, "|");
            case XOR: return operands(gate, name, "^");
            case NAND: return "~(" + operands(gate, name, "&") + ")";
            case NOR: return "~(" + operands(gate, name, "|") + ")";
            case XNOR: return "~(" + operands(gate, name, "^") + ")";
            default: throw new IllegalStateException("no expression for " + gate.type());
        }
    }

    /** Operands joined by an operator: {@code a & b}, {@code \1 & \3 } (an escaped name keeps its space). */
    private static String operands(Gate gate, IntFunction<String> name, String op) {
        StringBuilder sb = new StringBuilder();
        for (int pin = 0; pin < gate.arity(); pin++) {
            if (pin > 0) {
                sb.append(sb.charAt(sb.length() - 1) == ' ' ? "" : " ").append(op).append(' ');
            }
            sb.append(ref(name.apply(gate.input(pin))));
        }
        return sb.toString();
    }
}
