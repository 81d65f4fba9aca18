package dev.tmrkit.gates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects nets, ports and gates in any order (nets may be used before they are driven) and
 * {@link #build() builds} an immutable, validated {@link Netlist}. Not thread-safe; use once.
 */
public final class NetlistBuilder {
    private final String name;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Location> firstUse = new ArrayList<>();
    private final List<Integer> inputs = new ArrayList<>();
    private final List<Location> inputLocations = new ArrayList<>();
    private final List<Integer> outputs = new ArrayList<>();
    private final List<Location> outputLocations = new ArrayList<>();
    private final List<GateType> types = new ArrayList<>();
    private final List<Integer> gateOutputs = new ArrayList<>();
    private final List<int[]> gateInputs = new ArrayList<>();
    private final List<Location> gateLocations = new ArrayList<>();
    private boolean undrivenAsInputs;

    NetlistBuilder(String name) {
        this.name = name == null ? "netlist" : name;
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
        for (Gate g : source.gates()) {
            int[] ins = g.inputs();
            String[] inNames = new String[ins.length];
            for (int i = 0; i < ins.length; i++) {
                inNames[i] = source.netName(ins[i]);
            }
            b.gate(g.type(), source.netName(g.output()), inNames);
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
        return ids.containsKey(net);
    }

    private int net(String net, Location where) {
        Integer id = ids.get(net);
        if (id != null) {
            return id;
        }
        int n = names.size();
        ids.put(net, n);
        names.add(net);
        firstUse.add(where);
        return n;
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
        int out = net(output, where);
        int[] ins = new int[inputs.size()];
        for (int i = 0; i < ins.length; i++) {
            ins[i] = net(inputs.get(i), where);
        }
        types.add(type);
        gateOutputs.add(out);
        gateInputs.add(ins);
        gateLocations.add(where);
        return this;
    }

    /** A D flip-flop: {@code q} takes the value of {@code d} at each clock; initially 0. */
    public NetlistBuilder dff(String q, String d) {
        return gate(GateType.DFF, q, d);
    }

    /** Validates everything and freezes it; throws {@link NetlistException} listing every problem. */
    public Netlist build() {
        List<Problem> problems = new ArrayList<>();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (names.get(i).isEmpty()) {
                problems.add(new Problem(Problem.Kind.EMPTY_NAME, "a net has an empty name", List.of(""), firstUse.get(i)));
            }
        }
        int[] driverCount = new int[n];
        Location[] driverAt = new Location[n];
        boolean[] declaredInput = new boolean[n];
        for (int k = 0; k < inputs.size(); k++) {
            int in = inputs.get(k);
            if (declaredInput[in]) {
                problems.add(new Problem(Problem.Kind.DUPLICATE_NAME,
                        "input '" + names.get(in) + "' is declared more than once", List.of(names.get(in)), inputLocations.get(k)));
                continue;
            }
            declaredInput[in] = true;
            driverCount[in]++;
            driverAt[in] = inputLocations.get(k);
        }
        // An output listed twice is two output ports on one net (ITC'99 b05 does this); that is legal.
        for (int g = 0; g < types.size(); g++) {
            int out = gateOutputs.get(g);
            GateType t = types.get(g);
            int arity = gateInputs.get(g).length;
            if (!t.acceptsArity(arity)) {
                problems.add(new Problem(Problem.Kind.WRONG_ARITY, t + " gate '" + names.get(out) + "' has " + arity
                        + (arity == 1 ? " input" : " inputs") + ", but " + t + " takes " + t.arityText(),
                        List.of(names.get(out)), gateLocations.get(g)));
            }
            driverCount[out]++;
            if (driverCount[out] > 1) {
                String was = driverAt[out] != null && driverAt[out].isKnown() ? " (first driven at " + driverAt[out] + ")" : "";
                problems.add(new Problem(Problem.Kind.MULTIPLE_DRIVERS, "net '" + names.get(out) + "' has more than one driver" + was,
                        List.of(names.get(out)), gateLocations.get(g)));
            } else {
                driverAt[out] = gateLocations.get(g);
            }
        }
        List<Integer> allInputs = new ArrayList<>(inputs);
        dedupe(allInputs);
        for (int i = 0; i < n; i++) {
            if (driverCount[i] == 0) {
                if (undrivenAsInputs) {
                    allInputs.add(i);
                    continue;
                }
                problems.add(new Problem(Problem.Kind.UNDRIVEN_NET, "net '" + names.get(i)
                        + "' is used but never driven (not an input and no gate drives it)", List.of(names.get(i)), firstUseAsSink(i)));
            }
        }
        if (!problems.isEmpty()) {
            throw new NetlistException(problems);
        }
        Gate[] gates = new Gate[types.size()];
        for (int g = 0; g < gates.length; g++) {
            gates[g] = new Gate(types.get(g), gateOutputs.get(g), gateInputs.get(g));
        }
        Netlist netlist = new Netlist(name, names.toArray(new String[0]), ids, toArray(allInputs), toArray(outputs), gates);
        List<Problem> cycles = netlist.combinationalCycles(gateLocations);
        if (!cycles.isEmpty()) {
            throw new NetlistException(cycles);
        }
        return netlist;
    }

    private Location firstUseAsSink(int net) {
        for (int g = 0; g < gateInputs.size(); g++) {
            for (int in : gateInputs.get(g)) {
                if (in == net) {
                    return gateLocations.get(g);
                }
            }
        }
        for (int k = 0; k < outputs.size(); k++) {
            if (outputs.get(k) == net) {
                return outputLocations.get(k);
            }
        }
        return firstUse.get(net);
    }

    private static void dedupe(List<Integer> list) {
        List<Integer> seen = new ArrayList<>(new java.util.LinkedHashSet<>(list));
        list.clear();
        list.addAll(seen);
    }

    private static int[] toArray(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }
}
