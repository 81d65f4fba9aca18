package dev.tmrkit.circuits.io.verilog.write;

import dev.tmrkit.circuits.io.NetlistNameAttribute;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interface of a written Verilog module: its name, its clock port and its ports, with the bits of a bus
 * ({@code q[0]}, {@code q[1]}, ... as the readers name them) declared as one bus ({@code output [3:0] q}) so that the
 * module replaces the original in a testbench without edits. Inside the module each bit keeps its net's own name
 * ({@code \q[0] }, an escaped identifier distinct from the bus) joined to the bus bit by an {@code assign}.
 *
 * <p>Bits form a bus when their names are {@code base[i]} with a simple identifier {@code base} that is no net,
 * port or clock name, every index appears once, the indices are contiguous and all bits are ports of the same
 * direction; otherwise (or with {@link VerilogOptions#scalarPorts()}) every bit is a port of its own, named by an
 * escaped identifier ({@code \q[0] }).
 */
final class VerilogPorts {
    private static final Pattern BIT = Pattern.compile("([A-Za-z_][A-Za-z0-9_$]*)\\[(\\d{1,9})\\]");

    /** A bus port: its name, index range, and the net names of its bits, index {@code lsb} first. */
    record Bus(String name, int msb, int lsb, List<String> bits) {
    }

    private final Netlist netlist;
    private final VerilogOptions options;
    private final Optional<String> clock;
    private final List<String> outputs;
    private final Map<String, Bus> busOfBit = new LinkedHashMap<>();

    VerilogPorts(Netlist netlist, VerilogOptions options) {
        this.netlist = netlist;
        this.options = options;
        this.clock = clock(netlist, options);
        this.outputs = VerilogWriter.outputPorts(netlist);
        if (!options.scalarPorts()) {
            Set<String> outputSet = new HashSet<>(outputs);
            group(netlist.inputNames(), outputSet);
            group(outputs, new HashSet<>(netlist.inputNames()));
        }
    }

    /** The clock port: the one asked for, else {@code clk} (or a fresh name if the netlist has a net {@code clk}). */
    private static Optional<String> clock(Netlist netlist, VerilogOptions options) {
        if (!netlist.isSequential()) {
            return Optional.empty();
        }
        if (options.clock().isPresent()) {
            String c = options.clock().get();
            if (netlist.findNet(c).isPresent()) {
                throw new IllegalArgumentException("cannot name the clock input '" + c + "': the netlist has a net of that name");
            }
            return Optional.of(c);
        }
        return VerilogWriter.clockPort(netlist);
    }

    private void group(List<String> ports, Set<String> otherDirection) {
        Map<String, TreeSet<Integer>> indices = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (String p : ports) {
            Matcher m = BIT.matcher(p);
            if (m.matches()) {
                indices.computeIfAbsent(m.group(1), b -> new TreeSet<>()).add(Integer.parseInt(m.group(2)));
                count.merge(m.group(1), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, TreeSet<Integer>> e : indices.entrySet()) {
            String base = e.getKey();
            TreeSet<Integer> idx = e.getValue();
            boolean contiguous = idx.last() - idx.first() + 1 == idx.size() && count.get(base) == idx.size();
            boolean free = VerilogNames.isSimple(base) && netlist.findNet(base).isEmpty() && !clock.equals(Optional.of(base))
                    && !otherDirection.stream().anyMatch(o -> o.equals(base) || o.startsWith(base + "["));
            if (!contiguous || !free) {
                continue;
            }
            List<String> bits = new ArrayList<>();
            for (int i = idx.first(); i <= idx.last(); i++) {
                bits.add(base + "[" + i + "]");
            }
            Bus bus = new Bus(base, idx.last(), idx.first(), bits);
            for (String b : bits) {
                busOfBit.put(b, bus);
            }
        }
    }

    String moduleName() {
        return VerilogWriter.moduleName(options.module().orElse(netlist.name()));
    }

    Optional<String> clock() {
        return clock;
    }

    /** The names of the output ports' nets, in the netlist's output order (see {@link VerilogWriter#outputPorts}). */
    List<String> outputs() {
        return outputs;
    }

    /** Output port nets that are declared by the port declaration itself (not bus bits). */
    Set<String> scalarOutputs() {
        Set<String> s = new HashSet<>();
        for (String o : outputs) {
            if (!busOfBit.containsKey(o)) {
                s.add(o);
            }
        }
        return s;
    }

    /**
     * {@code module name(ports);} and the port declarations; input bus bits are declared as wires. A module named
     * otherwise than the netlist carries the netlist's name in the attribute {@link NetlistNameAttribute}.
     */
    void header(Writer w) throws IOException {
        List<String> ports = new ArrayList<>();
        clock.ifPresent(ports::add);
        List<String> declarations = new ArrayList<>();
        clock.ifPresent(c -> declarations.add("  input " + VerilogWriter.ref(c) + ";\n"));
        Set<Bus> seen = new HashSet<>();
        for (boolean output : new boolean[] {false, true}) {
            for (String p : output ? outputs : netlist.inputNames()) {
                Bus bus = busOfBit.get(p);
                String direction = output ? "output " : "input ";
                if (bus == null) {
                    ports.add(VerilogWriter.ref(p));
                    declarations.add("  " + direction + VerilogWriter.ref(p) + ";\n");
                } else if (seen.add(bus)) {
                    ports.add(bus.name());
                    declarations.add("  " + direction + "[" + bus.msb() + ":" + bus.lsb() + "] " + bus.name() + ";\n");
                }
            }
        }
        if (!moduleName().equals(netlist.name()) && NetlistNameAttribute.isWritable(netlist.name())) {
            w.write("(* " + NetlistNameAttribute.NAME + " = \"" + netlist.name().replace("\\", "\\\\").replace("\"", "\\\"")
                    + "\" *)\n");
        }
        w.write("module " + VerilogWriter.id(moduleName()) + "(");
        VerilogWriter.portListOfIdentifiers(w, ports);
        w.write(");\n");
        for (String d : declarations) {
            w.write(d);
        }
        for (String in : netlist.inputNames()) {
            if (busOfBit.containsKey(in)) {
                w.write("  wire " + VerilogWriter.ref(in) + ";\n");
            }
        }
    }

    /** The assigns joining each bus bit to its net: {@code assign \d[0] = d[0];}, {@code assign q[0] = \q[0] ;}. */
    void busAssigns(Writer w) throws IOException {
        for (String in : netlist.inputNames()) {
            if (busOfBit.containsKey(in)) {
                w.write("  assign " + VerilogWriter.id(in) + "= " + in + ";\n");
            }
        }
        for (String o : outputs) {
            if (busOfBit.containsKey(o)) {
                w.write("  assign " + o + " = " + VerilogWriter.ref(o) + ";\n");
            }
        }
    }
}
