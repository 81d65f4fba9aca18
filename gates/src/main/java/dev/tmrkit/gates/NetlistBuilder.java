package dev.tmrkit.gates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Collects nets, ports and gates in any order (nets may be used before they are driven) and
 * {@link #build() builds} an immutable, validated {@link Netlist}. Stores everything in primitive arrays,
 * so a million-gate netlist builds without boxing. Not thread-safe; use once.
 */
public final class NetlistBuilder {
    private final String name;
    private final NameTable names = new NameTable();
    private final IntList netLine = new IntList();
    private final IntList netColumn = new IntList();
    private final List<Integer> inputs = new ArrayList<>();
    private final List<Location> inputLocations = new ArrayList<>();
    private final List<Integer> outputs = new ArrayList<>();
    private final List<Location> outputLocations = new ArrayList<>();
    private byte[] types = new byte[16];
    private final IntList gateOutputs = new IntList();
    private final IntList gateInStart = new IntList();
    private final IntList gateInputs = new IntList();
    private final IntList gateLine = new IntList();
    private final IntList gateColumn = new IntList();
    private boolean undrivenAsInputs;

    NetlistBuilder(String name) {
        this.name = name == null ? "netlist" : name;
        gateInStart.add(0);
    }

    /** Starts a copy of {@code source}: same nets, ports and gates, to be extended by a pass. */
    public static NetlistBuilder copyOf(Netlist source, String name) {
        NetlistBuilder b = new NetlistBuilder(name);
        for (int i = 0; i < source.netCount(); i++) {
            b.net(source.netName(i), Location.NONE);
        }
        for (int in : source.inputIds()) {
            b.input(source.netName(in));
        }
        for (int out : source.outputIds()) {
            b.output(source.netName(out));
        }
        for (int g = 0; g < source.gateCount(); g++) {
            Gate gate = source.gate(g);
            String[] inNames = new String[gate.arity()];
            for (int i = 0; i < inNames.length; i++) {
                inNames[i] = source.netName(gate.input(i));
            }
            b.gate(gate.type(), source.netName(gate.output()), inNames);
        }
        return b;
    }

    /**
     * Treat nets that are read but never driven as extra primary inputs (appended in order of first
     * use) instead of reporting them. For files with known dangling nets, such as ISCAS-89 s400.
     */
    public NetlistBuilder undrivenAsInputs(boolean yes) {
        this.undrivenAsInputs = yes;
        return this;
    }

    /** True when a net of this name has been mentioned. */
    public boolean hasNet(String net) {
        return names.find(net) >= 0;
    }

    private int net(String net, Location where) {
        int before = names.size();
        int id = names.intern(net);
        if (id == before) {
            netLine.add(where.line());
            netColumn.add(where.column());
        }
        return id;
    }

    public NetlistBuilder input(String net) {
        return input(net, Location.NONE);
    }

    public NetlistBuilder input(String net, Location where) {
        inputs.add(net(net, where));
        inputLocations.add(where);
        return this;
    }

    public NetlistBuilder output(String net) {
        return output(net, Location.NONE);
    }

    public NetlistBuilder output(String net, Location where) {
        outputs.add(net(net, where));
        outputLocations.add(where);
        return this;
    }

    public NetlistBuilder gate(GateType type, String output, String... inputs) {
        return gate(type, output, Arrays.asList(inputs), Location.NONE);
    }

    public NetlistBuilder gate(GateType type, String output, List<String> inputs, Location where) {
        int g = gateOutputs.size();
        if (g == types.length) {
            types = Arrays.copyOf(types, g * 2);
        }
        types[g] = (byte) type.ordinal();
        gateOutputs.add(net(output, where));
        for (String in : inputs) {
            gateInputs.add(net(in, where));
        }
        gateInStart.add(gateInputs.size());
        gateLine.add(where.line());
        gateColumn.add(where.column());
        return this;
    }

    /** A D flip-flop: {@code q} takes the value of {@code d} at each clock; initially 0. */
    public NetlistBuilder dff(String q, String d) {
        return gate(GateType.DFF, q, d);
    }

    private Location gateLocation(int g) {
        return gateLine.get(g) > 0 ? new Location(gateLine.get(g), gateColumn.get(g)) : Location.NONE;
    }

    private String netName(int id) {
        return names.name(id);
    }

    /** Validates everything and freezes it; throws {@link NetlistException} listing every problem. */
    public Netlist build() {
        List<Problem> problems = new ArrayList<>();
        int n = names.size();
        int gates = gateOutputs.size();
        for (int i = 0; i < n; i++) {
            if (netName(i).isEmpty()) {
                problems.add(new Problem(Problem.Kind.EMPTY_NAME, "a net has an empty name", List.of(""),
                        netLine.get(i) > 0 ? new Location(netLine.get(i), netColumn.get(i)) : Location.NONE));
            }
        }
        byte[] driverCount = new byte[n];
        int[] firstDriverGate = new int[n];
        Arrays.fill(firstDriverGate, -1);
        for (int k = 0; k < inputs.size(); k++) {
            int in = inputs.get(k);
            if (driverCount[in] > 0) {
                problems.add(new Problem(Problem.Kind.DUPLICATE_NAME,
                        "input '" + netName(in) + "' is declared more than once", List.of(netName(in)), inputLocations.get(k)));
                continue;
            }
            driverCount[in] = 1;
        }
        // An output listed twice is two output ports on one net (ITC'99 b05 does this); that is legal.
        GateType[] all = GateType.values();
        for (int g = 0; g < gates; g++) {
            int out = gateOutputs.get(g);
            GateType t = all[types[g]];
            int arity = gateInStart.get(g + 1) - gateInStart.get(g);
            if (!t.acceptsArity(arity)) {
                problems.add(new Problem(Problem.Kind.WRONG_ARITY, t + " gate '" + netName(out) + "' has " + arity
                        + (arity == 1 ? " input" : " inputs") + ", but " + t + " takes " + t.arityText(),
                        List.of(netName(out)), gateLocation(g)));
            }
            if (driverCount[out] > 0) {
                int first = firstDriverGate[out];
                String was = first >= 0 && gateLine.get(first) > 0 ? " (first driven at " + gateLocation(first) + ")" : "";
                problems.add(new Problem(Problem.Kind.MULTIPLE_DRIVERS, "net '" + netName(out) + "' has more than one driver" + was,
                        List.of(netName(out)), gateLocation(g)));
            } else {
                driverCount[out] = 1;
                firstDriverGate[out] = g;
            }
        }
        LinkedHashSet<Integer> allInputs = new LinkedHashSet<>(inputs);
        List<Integer> undriven = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (driverCount[i] == 0) {
                if (undrivenAsInputs) {
                    allInputs.add(i);
                } else {
                    undriven.add(i);
                }
            }
        }
        if (!undriven.isEmpty()) {
            Location[] where = firstUsesAsSink(undriven);
            for (int k = 0; k < undriven.size(); k++) {
                String net = netName(undriven.get(k));
                problems.add(new Problem(Problem.Kind.UNDRIVEN_NET, "net '" + net
                        + "' is used but never driven (not an input and no gate drives it)", List.of(net), where[k]));
            }
        }
        if (!problems.isEmpty()) {
            throw new NetlistException(problems);
        }
        int[] in = new int[allInputs.size()];
        int k = 0;
        for (int i : allInputs) {
            in[k++] = i;
        }
        int[] out = outputs.stream().mapToInt(Integer::intValue).toArray();
        Netlist netlist = new Netlist(name, names.freeze(), in, out, Arrays.copyOf(types, gates), gateOutputs.toArray(),
                gateInStart.toArray(), gateInputs.toArray());
        List<Problem> cycles = netlist.combinationalCycles(this::gateLocation);
        if (!cycles.isEmpty()) {
            throw new NetlistException(cycles);
        }
        return netlist;
    }

    /** Where each undriven net is first read: by a gate, else by an output port, else where it was named. */
    private Location[] firstUsesAsSink(List<Integer> nets) {
        int[] slot = new int[names.size()];
        Arrays.fill(slot, -1);
        for (int k = 0; k < nets.size(); k++) {
            slot[nets.get(k)] = k;
        }
        Location[] where = new Location[nets.size()];
        for (int g = 0; g < gateOutputs.size(); g++) {
            for (int p = gateInStart.get(g); p < gateInStart.get(g + 1); p++) {
                int s = slot[gateInputs.get(p)];
                if (s >= 0 && where[s] == null) {
                    where[s] = gateLocation(g);
                }
            }
        }
        for (int o = 0; o < outputs.size(); o++) {
            int s = slot[outputs.get(o)];
            if (s >= 0 && where[s] == null) {
                where[s] = outputLocations.get(o);
            }
        }
        for (int k = 0; k < where.length; k++) {
            if (where[k] == null) {
                int id = nets.get(k);
                where[k] = netLine.get(id) > 0 ? new Location(netLine.get(id), netColumn.get(id)) : Location.NONE;
            }
        }
        return where;
    }
}
