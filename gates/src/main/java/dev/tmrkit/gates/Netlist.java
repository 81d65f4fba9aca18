package dev.tmrkit.gates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, validated gate-level netlist. Nets have dense ids {@code 0..netCount()-1} and unique
 * names; every net is driven by exactly one primary input or one gate. Gates are identified by index.
 * The combinational part is acyclic; loops close only through D flip-flops.
 *
 * <p>Equality is structural and by name: the same input and output names in the same order, and the same
 * gates (output name, type, input names in pin order), whatever the net ids or gate order.
 */
public final class Netlist {
    private static final GateType[] TYPES = GateType.values();

    private final String name;
    private final NameTable names;
    private final int[] inputs;
    private final int[] outputs;
    private final byte[] gateType;       // per gate: GateType ordinal
    private final int[] gateOut;         // per gate: output net
    private final int[] gateInStart;     // CSR: inputs of gate g are gateIn[gateInStart[g] .. gateInStart[g+1])
    private final int[] gateIn;
    private final int[] driver;          // net -> gate index, or -1 for a primary input
    private final boolean[] isInput;
    private final int[] fanoutStart;     // CSR over nets: pins reading each net
    private final long[] fanoutPins;     // (gate << 32) | pin
    private int[] order;                 // combinational gates (no DFF) in topological order
    private int[] levels;
    private int depth;
    private int hash;

    Netlist(String name, NameTable names, int[] inputs, int[] outputs, byte[] gateType, int[] gateOut, int[] gateInStart,
            int[] gateIn) {
        this.name = name;
        this.names = names;
        this.inputs = inputs;
        this.outputs = outputs;
        this.gateType = gateType;
        this.gateOut = gateOut;
        this.gateInStart = gateInStart;
        this.gateIn = gateIn;
        int n = names.size();
        this.driver = new int[n];
        Arrays.fill(driver, -1);
        this.isInput = new boolean[n];
        for (int in : inputs) {
            isInput[in] = true;
        }
        int[] count = new int[n + 1];
        for (int g = 0; g < gateOut.length; g++) {
            driver[gateOut[g]] = g;
        }
        for (int in : gateIn) {
            count[in + 1]++;
        }
        for (int i = 0; i < n; i++) {
            count[i + 1] += count[i];
        }
        this.fanoutStart = count;
        this.fanoutPins = new long[count[n]];
        int[] fill = Arrays.copyOf(count, n);
        for (int g = 0; g < gateOut.length; g++) {
            for (int p = gateInStart[g]; p < gateInStart[g + 1]; p++) {
                fanoutPins[fill[gateIn[p]]++] = ((long) g << 32) | (p - gateInStart[g]);
            }
        }
    }

    /** Starts an empty netlist. */
    public static NetlistBuilder builder(String name) {
        return new NetlistBuilder(name);
    }

    public String name() {
        return name;
    }

    public int netCount() {
        return names.size();
    }

    public String netName(int net) {
        return names.name(net);
    }

    /** The id of the named net, or -1. */
    public int netId(String netName) {
        return names.find(netName);
    }

    public Optional<Integer> findNet(String netName) {
        int id = names.find(netName);
        return id < 0 ? Optional.empty() : Optional.of(id);
    }

    public int inputCount() {
        return inputs.length;
    }

    public int outputCount() {
        return outputs.length;
    }

    /** Primary input ids in declared order (a copy). */
    public int[] inputIds() {
        return inputs.clone();
    }

    /** Primary output ids in declared order (a copy); a net may appear more than once. */
    public int[] outputIds() {
        return outputs.clone();
    }

    public int input(int index) {
        return inputs[index];
    }

    public int output(int index) {
        return outputs[index];
    }

    public List<String> inputNames() {
        return names(inputs);
    }

    public List<String> outputNames() {
        return names(outputs);
    }

    private List<String> names(int[] nets) {
        List<String> out = new ArrayList<>(nets.length);
        for (int i : nets) {
            out.add(names.name(i));
        }
        return Collections.unmodifiableList(out);
    }

    public boolean isInput(int net) {
        return isInput[net];
    }

    public boolean isOutput(int net) {
        for (int o : outputs) {
            if (o == net) {
                return true;
            }
        }
        return false;
    }

    public int gateCount() {
        return gateOut.length;
    }

    /** Gate {@code index} as a value (made on demand: the netlist stores gates in flat arrays). */
    public Gate gate(int index) {
        return new Gate(TYPES[gateType[index]], gateOut[index], Arrays.copyOfRange(gateIn, gateInStart[index], gateInStart[index + 1]));
    }

    /** The type of gate {@code index}, without making a {@link Gate}. */
    public GateType gateType(int index) {
        return TYPES[gateType[index]];
    }

    /** The net gate {@code index} drives. */
    public int gateOutput(int index) {
        return gateOut[index];
    }

    /** Number of inputs of gate {@code index}. */
    public int gateArity(int index) {
        return gateInStart[index + 1] - gateInStart[index];
    }

    /** The net read by input pin {@code pin} of gate {@code index}. */
    public int gateInput(int index, int pin) {
        return gateIn[gateInStart[index] + pin];
    }

    /** Every gate, as a list view that makes each {@link Gate} on demand. */
    public List<Gate> gates() {
        return new java.util.AbstractList<>() {
            @Override
            public Gate get(int index) {
                return gate(index);
            }

            @Override
            public int size() {
                return gateOut.length;
            }
        };
    }

    /** The gate driving {@code net}, or -1 when it is a primary input. */
    public int driver(int net) {
        return driver[net];
    }

    /** Number of gate input pins reading {@code net}. */
    public int fanout(int net) {
        return fanoutStart[net + 1] - fanoutStart[net];
    }

    /** The gate input pins reading {@code net}, in gate order. */
    public List<Pin> fanoutPins(int net) {
        List<Pin> pins = new ArrayList<>(fanout(net));
        for (int k = fanoutStart[net]; k < fanoutStart[net + 1]; k++) {
            pins.add(new Pin((int) (fanoutPins[k] >>> 32), (int) fanoutPins[k]));
        }
        return pins;
    }

    /** Sinks of a net for fault counting: gate pins reading it plus each primary-output port on it. */
    public int sinkCount(int net) {
        int n = fanout(net);
        for (int o : outputs) {
            if (o == net) {
                n++;
            }
        }
        return n;
    }

    private boolean isDff(int g) {
        return gateType[g] == GateType.DFF.ordinal();
    }

    /** The flip-flops' gate indices, in gate order. */
    public int[] dffGates() {
        int n = 0;
        for (int g = 0; g < gateOut.length; g++) {
            if (isDff(g)) {
                n++;
            }
        }
        int[] out = new int[n];
        int k = 0;
        for (int g = 0; g < gateOut.length; g++) {
            if (isDff(g)) {
                out[k++] = g;
            }
        }
        return out;
    }

    public boolean isSequential() {
        for (int g = 0; g < gateOut.length; g++) {
            if (isDff(g)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The combinational gates (every gate but the DFFs) in topological order: each gate after the
     * drivers of all its inputs. Primary inputs, constants and DFF outputs are the sources.
     */
    public int[] topologicalOrder() {
        levelize();
        return order.clone();
    }

    /** The logic level of a net: 0 for inputs, DFF outputs and constants, else 1 + the deepest input. */
    public int level(int net) {
        levelize();
        return levels[net];
    }

    /** The largest level of any net: the longest combinational path in gates. */
    public int depth() {
        levelize();
        return depth;
    }

    public NetlistStats stats() {
        Map<GateType, Integer> byType = new EnumMap<>(GateType.class);
        int combinational = 0;
        int dffs = 0;
        for (int g = 0; g < gateOut.length; g++) {
            byType.merge(TYPES[gateType[g]], 1, Integer::sum);
            if (isDff(g)) {
                dffs++;
            } else {
                combinational++;
            }
        }
        return new NetlistStats(inputs.length, outputs.length, combinational, dffs, depth(), byType);
    }

    private synchronized void levelize() {
        if (order != null) {
            return;
        }
        List<Problem> none = combinationalCycles(null);
        if (!none.isEmpty()) {
            throw new IllegalStateException("not levelizable: " + none);
        }
    }

    /**
     * Levelizes the combinational gates (see {@link Levelization}); keeps the order and levels when the
     * netlist is acyclic and returns the cycles found otherwise.
     */
    synchronized List<Problem> combinationalCycles(java.util.function.IntFunction<Location> gateLocation) {
        Levelization.Result r = Levelization.of(names, gateType, gateOut, gateInStart, gateIn, driver, fanoutStart, fanoutPins,
                gateLocation);
        if (r.cycles().isEmpty()) {
            order = r.order();
            levels = r.levels();
            depth = r.depth();
        }
        return r.cycles();
    }

    private Map<String, String> gateSignature() {
        Map<String, String> sig = new HashMap<>();
        for (int g = 0; g < gateOut.length; g++) {
            StringBuilder sb = new StringBuilder(TYPES[gateType[g]].name());
            for (int k = gateInStart[g]; k < gateInStart[g + 1]; k++) {
                sb.append('\u0000').append(names.name(gateIn[k]));
            }
            sig.put(names.name(gateOut[g]), sb.toString());
        }
        return sig;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Netlist other)) {
            return false;
        }
        return inputNames().equals(other.inputNames()) && outputNames().equals(other.outputNames())
                && gateOut.length == other.gateOut.length && gateSignature().equals(other.gateSignature());
    }

    @Override
    public int hashCode() {
        if (hash == 0) {
            hash = Objects.hash(inputNames(), outputNames(), gateSignature());
        }
        return hash;
    }

    @Override
    public String toString() {
        NetlistStats s = stats();
        return "Netlist[" + name + ": " + s.inputs() + " inputs, " + s.outputs() + " outputs, " + s.gates() + " gates, "
                + s.dffs() + " DFFs]";
    }
}
