package dev.tmrkit.circuits.io.verilog.write;

import dev.tmrkit.circuits.io.NetlistWriter;
import dev.tmrkit.circuits.io.WriterSupport;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes structural Verilog whose redundancy survives synthesis: the gates of each {@link KeptModule} group
 * become one instance of a module of their own, and both are marked for the tools that would otherwise
 * merge identical logic:
 * <pre>
 * (* keep_hierarchy, dont_touch = "true" *)
 * module \c17$tmr$A (\1 , \3 , ..., \$tmr$A$22 );
 *   ...
 * endmodule
 * ...
 * module c17(\1 , \2 , \3 , \6 , \7 , \22 , \23 );
 *   ...
 *   (* keep, dont_touch = "true" *) \c17$tmr$A  \$tmr$A  (.\1 (\1 ), ...);
 * </pre>
 * Yosys 0.23 honours {@code keep_hierarchy} on a module ({@code flatten}, and so {@code synth -flatten}, leave its
 * instances alone, and {@code opt_merge} never merges instances of user modules) and {@code keep} on an instance
 * ({@code opt_clean} keeps it); Vivado honours {@code DONT_TOUCH} on both. Attributes on primitive gates or on
 * wires do not help: Yosys drops the former, and {@code opt_merge}/ABC merge identical logic whatever wires it
 * drives. Gates outside every group stay in the top module as {@code assign}s, as {@link VerilogWriter} writes
 * them; the top module has {@link VerilogWriter}'s ports (the same clock input, the same output port names), so
 * either file can replace the other.
 */
public final class KeptVerilogWriter implements NetlistWriter {
    /** The attribute line of a kept module. */
    public static final String MODULE_ATTRIBUTES = "(* keep_hierarchy, dont_touch = \"true\" *)";
    /** The attribute of a kept instance. */
    public static final String INSTANCE_ATTRIBUTES = "(* keep, dont_touch = \"true\" *)";

    private final Function<Netlist, List<KeptModule>> grouping;
    private final VerilogOptions options;

    /** A writer that groups each netlist's gates with {@code grouping}. */
    public KeptVerilogWriter(Function<Netlist, List<KeptModule>> grouping) {
        this(grouping, VerilogOptions.defaults());
    }

    /** A writer that groups each netlist's gates with {@code grouping}, its top module's interface as {@code options} say. */
    public KeptVerilogWriter(Function<Netlist, List<KeptModule>> grouping, VerilogOptions options) {
        this.grouping = grouping;
        this.options = options;
    }

    /** One written group: its module's ports and the nets they connect to in the top module. */
    private record Instance(KeptModule group, String module, List<String> ports, List<String> nets) {
    }

    @Override
    public void write(Netlist netlist, Writer out) throws IOException {
        VerilogWriter.checkNames(netlist);
        List<KeptModule> groups = grouping.apply(netlist);
        VerilogPorts interfacePorts = new VerilogPorts(netlist, options);
        Optional<String> clock = interfacePorts.clock();
        int[] groupOf = groupOfGate(netlist, groups);
        int[][] readers = readerGroups(netlist, groupOf);
        Map<String, String> bodies = new LinkedHashMap<>(); // body text -> module name
        Map<String, String> moduleText = new LinkedHashMap<>();
        List<Instance> instances = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            instances.add(module(netlist, groups.get(k), k, readers, clock.orElse(VerilogWriter.CLOCK), bodies, moduleText));
        }
        Writer w = WriterSupport.buffered(out);
        for (String line : WriterSupport.header(netlist)) {
            w.write("// " + line + "\n");
        }
        w.write("// " + groups.size() + " kept instances (keep_hierarchy / keep / dont_touch) so that synthesis cannot merge"
                + " the redundancy\n");
        for (String text : moduleText.values()) {
            w.write(text);
        }
        top(netlist, interfacePorts, groupOf, instances, w);
        w.flush();
    }

    private static int[] groupOfGate(Netlist netlist, List<KeptModule> groups) {
        int[] groupOf = new int[netlist.gateCount()];
        java.util.Arrays.fill(groupOf, -1);
        Set<String> instanceNames = new HashSet<>();
        for (int k = 0; k < groups.size(); k++) {
            if (!instanceNames.add(groups.get(k).instance()) || netlist.findNet(groups.get(k).instance()).isPresent()) {
                throw new IllegalArgumentException("instance name '" + groups.get(k).instance() + "' is used twice");
            }
            for (int g : groups.get(k).gates()) {
                if (groupOf[g] >= 0) {
                    throw new IllegalArgumentException("gate " + g + " is in two kept groups");
                }
                groupOf[g] = k;
            }
        }
        return groupOf;
    }

    private static Instance module(Netlist netlist, KeptModule group, int k, int[][] readers, String clock,
                                   Map<String, String> bodies, Map<String, String> moduleText) {
        Set<Integer> driven = new LinkedHashSet<>();
        for (int g : group.gates()) {
            driven.add(netlist.gate(g).output());
        }
        Set<Integer> inputs = new LinkedHashSet<>();
        boolean sequential = false;
        for (int g : group.gates()) {
            Gate gate = netlist.gate(g);
            sequential |= gate.type() == GateType.DFF;
            for (int pin = 0; pin < gate.arity(); pin++) {
                if (!driven.contains(gate.input(pin))) {
                    inputs.add(gate.input(pin));
                }
            }
        }
        Set<Integer> outputs = new LinkedHashSet<>();
        for (int net : driven) {
            if (netlist.isOutput(net) || readOutside(readers, net, k)) {
                outputs.add(net);
            }
        }
        Map<Integer, String> local = new HashMap<>();
        int w = 0;
        for (int net : inputs) {
            local.put(net, group.shared() ? "i" + local.size() : netlist.netName(net));
        }
        int o = 0;
        for (int net : outputs) {
            local.put(net, group.shared() ? "o" + o++ : netlist.netName(net));
        }
        for (int net : driven) {
            if (!local.containsKey(net)) {
                local.put(net, group.shared() ? "w" + w++ : netlist.netName(net));
            }
        }
        List<String> ports = new ArrayList<>();
        List<String> nets = new ArrayList<>();
        if (sequential) {
            ports.add(clock);
            nets.add(clock);
        }
        for (int net : inputs) {
            ports.add(local.get(net));
            nets.add(netlist.netName(net));
        }
        for (int net : outputs) {
            ports.add(local.get(net));
            nets.add(netlist.netName(net));
        }
        String body = body(netlist, group.gates(), sequential ? clock : null, inputs, outputs, local);
        String name = bodies.get(body);
        if (name == null) {
            name = group.module();
            for (int n = 2; moduleText.containsKey(name); n++) {
                name = group.module() + "$" + n;
            }
            bodies.put(body, name);
            StringBuilder text = new StringBuilder();
            text.append(MODULE_ATTRIBUTES).append('\n').append("module ").append(VerilogWriter.id(name)).append('(');
            text.append(String.join(", ", ports.stream().map(VerilogWriter::ref).toList())).append(");\n");
            text.append(body).append("endmodule\n\n");
            moduleText.put(name, text.toString());
        }
        return new Instance(group, name, ports, nets);
    }

    private static final int NONE = Integer.MIN_VALUE;

    /**
     * Per net, the group of its first reader ({@code -1} for the top module, {@link #NONE} if unread) and
     * whether readers of a second group exist ({@code 1}): {@code readers[0][net]}, {@code readers[1][net]}.
     */
    private static int[][] readerGroups(Netlist netlist, int[] groupOf) {
        int[] first = new int[netlist.netCount()];
        int[] mixed = new int[netlist.netCount()];
        java.util.Arrays.fill(first, NONE);
        for (int g = 0; g < netlist.gateCount(); g++) {
            Gate gate = netlist.gate(g);
            for (int pin = 0; pin < gate.arity(); pin++) {
                int net = gate.input(pin);
                if (first[net] == NONE) {
                    first[net] = groupOf[g];
                } else if (first[net] != groupOf[g]) {
                    mixed[net] = 1;
                }
            }
        }
        return new int[][] {first, mixed};
    }

    private static boolean readOutside(int[][] readers, int net, int k) {
        return readers[1][net] == 1 || readers[0][net] != NONE && readers[0][net] != k;
    }

    /** Declarations, assigns and the always block of a group, its nets named by {@code local}. */
    private static String body(Netlist netlist, int[] gates, String clock, Set<Integer> inputs, Set<Integer> outputs,
                               Map<Integer, String> local) {
        StringBuilder sb = new StringBuilder();
        if (clock != null) {
            sb.append("  input ").append(VerilogWriter.ref(clock)).append(";\n");
        }
        for (int net : inputs) {
            sb.append("  input ").append(VerilogWriter.ref(local.get(net))).append(";\n");
        }
        for (int net : outputs) {
            sb.append("  output ").append(VerilogWriter.ref(local.get(net))).append(";\n");
        }
        for (int g : gates) {
            Gate gate = netlist.gate(g);
            String name = local.get(gate.output());
            if (gate.type() == GateType.DFF) {
                sb.append("  reg ").append(VerilogWriter.id(name)).append("= 1'b0;\n");
            } else if (!outputs.contains(gate.output())) {
                sb.append("  wire ").append(VerilogWriter.ref(name)).append(";\n");
            }
        }
        for (int g : gates) {
            Gate gate = netlist.gate(g);
            if (gate.type() != GateType.DFF) {
                sb.append("  assign ").append(VerilogWriter.id(local.get(gate.output()))).append("= ")
                        .append(VerilogWriter.expression(gate, local::get)).append(";\n");
            }
        }
        appendAlways(sb, netlist, gates, clock, local::get);
        return sb.toString();
    }

    private static void appendAlways(StringBuilder sb, Netlist netlist, int[] gates, String clock,
                                     java.util.function.IntFunction<String> name) {
        boolean any = false;
        for (int g : gates) {
            Gate gate = netlist.gate(g);
            if (gate.type() == GateType.DFF) {
                if (!any) {
                    sb.append("  always @(posedge ").append(VerilogWriter.ref(clock)).append(") begin\n");
                    any = true;
                }
                sb.append("    ").append(VerilogWriter.id(name.apply(gate.output()))).append("<= ")
                        .append(VerilogWriter.ref(name.apply(gate.input(0)))).append(";\n");
            }
        }
        if (any) {
            sb.append("  end\n");
        }
    }

    private static void top(Netlist netlist, VerilogPorts ports, int[] groupOf, List<Instance> instances, Writer w)
            throws IOException {
        Optional<String> clock = ports.clock();
        List<String> outputs = ports.outputs();
        ports.header(w);
        Set<String> outputSet = ports.scalarOutputs();
        int[] order = WriterSupport.gateOrder(netlist);
        List<Integer> topGates = new ArrayList<>();
        for (int g : order) {
            Gate gate = netlist.gate(g);
            String name = netlist.netName(gate.output());
            if (groupOf[g] < 0 && gate.type() == GateType.DFF) {
                w.write("  reg " + VerilogWriter.id(name) + "= 1'b0;\n");
            } else if (!outputSet.contains(name)) {
                w.write("  wire " + VerilogWriter.ref(name) + ";\n");
            }
            if (groupOf[g] < 0) {
                topGates.add(g);
            }
        }
        for (int g : topGates) {
            Gate gate = netlist.gate(g);
            if (gate.type() != GateType.DFF) {
                w.write("  assign " + VerilogWriter.id(netlist.netName(gate.output())) + "= "
                        + VerilogWriter.expression(gate, netlist::netName) + ";\n");
            }
        }
        for (int k = 0; k < outputs.size(); k++) {
            String net = netlist.netName(netlist.output(k));
            if (!outputs.get(k).equals(net)) {
                w.write("  assign " + VerilogWriter.id(outputs.get(k)) + "= " + VerilogWriter.ref(net) + ";\n");
            }
        }
        ports.busAssigns(w);
        for (Instance i : instances) {
            w.write("  " + INSTANCE_ATTRIBUTES + " " + VerilogWriter.id(i.module()) + VerilogWriter.id(i.group().instance()) + "(");
            for (int p = 0; p < i.ports().size(); p++) {
                w.write((p == 0 ? "" : ", ") + "." + VerilogWriter.id(i.ports().get(p)) + "(" + VerilogWriter.id(i.nets().get(p)) + ")");
            }
            w.write(");\n");
        }
        StringBuilder always = new StringBuilder();
        appendAlways(always, netlist, topGates.stream().mapToInt(Integer::intValue).toArray(), clock.orElse(null), netlist::netName);
        w.write(always.toString());
        w.write("endmodule\n");
    }
}
