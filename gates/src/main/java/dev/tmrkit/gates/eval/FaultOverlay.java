package dev.tmrkit.gates.eval;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of faults compiled against a {@link CompiledEvaluator} (see {@link CompiledEvaluator#overlay}):
 * for each site, the faults to apply, in the order given. Sparse — its size is that of the fault set, not
 * of the netlist — so a campaign can hold one per fault; a {@link Simulation} installs it into its own
 * dense lookup tables. Immutable, so one overlay may serve many simulations.
 */
public final class FaultOverlay {
    static final FaultOverlay NONE = new FaultOverlay();

    /** Stem faults: nets (ascending) and their faults. */
    final int[] stemNets;
    final Fault[][] stemFaults;
    /** Gate-pin faults: topological positions, pins and their faults (parallel arrays). */
    final int[] pinPositions;
    final int[] pinPins;
    final Fault[][] pinFaults;
    /** Flip-flop D-pin faults, by flip-flop index. */
    final int[] dffs;
    final Fault[][] dffFaults;
    /** Output-port faults, by output index. */
    final int[] ports;
    final Fault[][] portFaults;
    /** Stem-faulted nets that no combinational gate drives (primary inputs, flip-flop outputs). */
    final int[] sourceNets;

    private FaultOverlay() {
        stemNets = new int[0];
        stemFaults = new Fault[0][];
        pinPositions = new int[0];
        pinPins = new int[0];
        pinFaults = new Fault[0][];
        dffs = new int[0];
        dffFaults = new Fault[0][];
        ports = new int[0];
        portFaults = new Fault[0][];
        sourceNets = new int[0];
    }

    FaultOverlay(CompiledEvaluator c, List<? extends Fault> faults) {
        Map<Integer, List<Fault>> nets = new TreeMap<>();
        Map<Long, List<Fault>> pins = new TreeMap<>();
        Map<Integer, List<Fault>> dffMap = new TreeMap<>();
        Map<Integer, List<Fault>> portMap = new TreeMap<>();
        for (Fault f : faults) {
            Site s = f.site();
            if (s instanceof Site.Stem stem) {
                check(stem.net() >= 0 && stem.net() < c.netCount, f);
                nets.computeIfAbsent(stem.net(), k -> new ArrayList<>()).add(f);
            } else if (s instanceof Site.Branch b) {
                check(b.gate() >= 0 && b.gate() < c.netlist.gateCount() && b.pin() >= 0
                        && b.pin() < c.netlist.gate(b.gate()).arity(), f);
                if (c.netlist.gate(b.gate()).type() == GateType.DFF) {
                    int k = java.util.Arrays.binarySearch(c.dffGate, b.gate());
                    dffMap.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
                } else {
                    long key = ((long) c.positionOfGate[b.gate()] << 32) | b.pin();
                    pins.computeIfAbsent(key, x -> new ArrayList<>()).add(f);
                }
            } else if (s instanceof Site.Port p) {
                check(p.output() >= 0 && p.output() < c.outputs.length, f);
                portMap.computeIfAbsent(p.output(), k -> new ArrayList<>()).add(f);
            }
        }
        stemNets = keys(nets);
        stemFaults = values(nets);
        pinPositions = new int[pins.size()];
        pinPins = new int[pins.size()];
        int i = 0;
        for (long key : pins.keySet()) {
            pinPositions[i] = (int) (key >>> 32);
            pinPins[i++] = (int) key;
        }
        pinFaults = values(pins);
        dffs = keys(dffMap);
        dffFaults = values(dffMap);
        ports = keys(portMap);
        portFaults = values(portMap);
        int n = 0;
        int[] src = new int[stemNets.length];
        for (int net : stemNets) {
            int d = c.netlist.driver(net);
            if (d < 0 || c.positionOfGate[d] < 0) {
                src[n++] = net;
            }
        }
        sourceNets = java.util.Arrays.copyOf(src, n);
    }

    private static int[] keys(Map<Integer, List<Fault>> m) {
        return m.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    private static Fault[][] values(Map<?, List<Fault>> m) {
        Fault[][] out = new Fault[m.size()][];
        int i = 0;
        for (List<Fault> l : m.values()) {
            out[i++] = l.toArray(new Fault[0]);
        }
        return out;
    }

    private static void check(boolean ok, Fault f) {
        if (!ok) {
            throw new IllegalArgumentException("fault site outside the netlist: " + f);
        }
    }

    boolean isEmpty() {
        return stemNets.length == 0 && pinPositions.length == 0 && dffs.length == 0 && ports.length == 0;
    }

    /** Applies faults, in order, to {@code w} words at {@code v[o..]}. */
    static void apply(Fault[] fs, long[] v, int o, int w, int cycle) {
        if (fs == null) {
            return;
        }
        for (Fault f : fs) {
            for (int i = 0; i < w; i++) {
                v[o + i] = f.apply(v[o + i], cycle, i);
            }
        }
    }
}
