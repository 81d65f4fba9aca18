package dev.tmrkit.gates.eval;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of faults compiled against a {@link CompiledEvaluator} (see {@link CompiledEvaluator#overlay}):
 * for each site, the faults to apply, in the order given. Stems are looked up by net, pins by
 * (topological gate position, pin), DFF D pins by flip-flop index, output ports by index. Immutable once
 * built, so one overlay may serve many simulations.
 */
public final class FaultOverlay {
    static final FaultOverlay NONE = new FaultOverlay();

    private final Fault[][] byNet;
    private final boolean[] pinFaulted;
    private final Map<Long, Fault[]> byPin;
    private final Fault[][] byDff;
    private final Fault[][] byPort;
    private final int[] faultedNets;
    private int[] sourceNets;

    private FaultOverlay() {
        byNet = null;
        pinFaulted = null;
        byPin = Map.of();
        byDff = null;
        byPort = null;
        faultedNets = new int[0];
        sourceNets = faultedNets;
    }

    FaultOverlay(CompiledEvaluator c, List<? extends Fault> faults) {
        Map<Integer, List<Fault>> nets = new HashMap<>();
        Map<Long, List<Fault>> pins = new HashMap<>();
        Map<Integer, List<Fault>> dffs = new HashMap<>();
        Map<Integer, List<Fault>> ports = new HashMap<>();
        int[] dffOfGate = new int[c.netlist.gateCount()];
        for (int k = 0; k < c.dffGate.length; k++) {
            dffOfGate[c.dffGate[k]] = k;
        }
        for (Fault f : faults) {
            Site s = f.site();
            if (s instanceof Site.Stem stem) {
                check(stem.net() >= 0 && stem.net() < c.netCount, f);
                nets.computeIfAbsent(stem.net(), k -> new ArrayList<>()).add(f);
            } else if (s instanceof Site.Branch b) {
                check(b.gate() >= 0 && b.gate() < c.netlist.gateCount() && b.pin() >= 0
                        && b.pin() < c.netlist.gate(b.gate()).arity(), f);
                if (c.netlist.gate(b.gate()).type() == GateType.DFF) {
                    dffs.computeIfAbsent(dffOfGate[b.gate()], k -> new ArrayList<>()).add(f);
                } else {
                    pins.computeIfAbsent(key(c.positionOfGate[b.gate()], b.pin()), k -> new ArrayList<>()).add(f);
                }
            } else if (s instanceof Site.Port p) {
                check(p.output() >= 0 && p.output() < c.outputs.length, f);
                ports.computeIfAbsent(p.output(), k -> new ArrayList<>()).add(f);
            }
        }
        byNet = new Fault[c.netCount][];
        nets.forEach((k, v) -> byNet[k] = v.toArray(new Fault[0]));
        faultedNets = nets.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        pinFaulted = new boolean[c.op.length];
        byPin = new HashMap<>();
        pins.forEach((k, v) -> {
            byPin.put(k, v.toArray(new Fault[0]));
            pinFaulted[(int) (k >>> 32)] = true;
        });
        byDff = new Fault[c.dffGate.length][];
        dffs.forEach((k, v) -> byDff[k] = v.toArray(new Fault[0]));
        byPort = new Fault[c.outputs.length][];
        ports.forEach((k, v) -> byPort[k] = v.toArray(new Fault[0]));
    }

    private static void check(boolean ok, Fault f) {
        if (!ok) {
            throw new IllegalArgumentException("fault site outside the netlist: " + f);
        }
    }

    private static long key(int position, int pin) {
        return ((long) position << 32) | pin;
    }

    /** Faulted nets that no combinational gate drives: primary inputs and flip-flop outputs. */
    int[] faultedSourceNets(CompiledEvaluator c) {
        if (sourceNets == null) {
            int n = 0;
            int[] nets = new int[faultedNets.length];
            for (int net : faultedNets) {
                int d = c.netlist.driver(net);
                if (d < 0 || c.positionOfGate[d] < 0) {
                    nets[n++] = net;
                }
            }
            sourceNets = java.util.Arrays.copyOf(nets, n);
        }
        return sourceNets;
    }

    boolean hasPinFaults(int position) {
        return pinFaulted[position];
    }

    private static void apply(Fault[] fs, long[] v, int o, int w, int cycle) {
        if (fs == null) {
            return;
        }
        for (Fault f : fs) {
            for (int i = 0; i < w; i++) {
                v[o + i] = f.apply(v[o + i], cycle, i);
            }
        }
    }

    void applyStem(int net, long[] v, int o, int w, int cycle) {
        if (byNet != null) {
            apply(byNet[net], v, o, w, cycle);
        }
    }

    void applyPin(int position, int pin, long[] v, int o, int w, int cycle) {
        apply(byPin.get(key(position, pin)), v, o, w, cycle);
    }

    void applyDff(int dff, long[] v, int o, int w, int cycle) {
        if (byDff != null) {
            apply(byDff[dff], v, o, w, cycle);
        }
    }

    long applyPort(int port, long bits, int word, int cycle) {
        if (byPort == null || byPort[port] == null) {
            return bits;
        }
        for (Fault f : byPort[port]) {
            bits = f.apply(bits, cycle, word);
        }
        return bits;
    }
}
