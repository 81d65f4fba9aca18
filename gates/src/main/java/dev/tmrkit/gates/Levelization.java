package dev.tmrkit.gates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Levelization of a netlist's combinational gates by Kahn's algorithm: a topological order, the logic
 * level of every net and the depth, or — when the combinational part has cycles — each cycle named net by
 * net. Iterative throughout, so a netlist of any depth works.
 */
final class Levelization {
    /** The order, levels and depth; or null arrays and the cycles found. */
    record Result(int[] order, int[] levels, int depth, List<Problem> cycles) {
    }

    private final byte[] gateType;
    private final int[] gateOut;
    private final int[] gateInStart;
    private final int[] gateIn;
    private final int[] driver;

    private Levelization(byte[] gateType, int[] gateOut, int[] gateInStart, int[] gateIn, int[] driver) {
        this.gateType = gateType;
        this.gateOut = gateOut;
        this.gateInStart = gateInStart;
        this.gateIn = gateIn;
        this.driver = driver;
    }

    private boolean isDff(int g) {
        return gateType[g] == GateType.DFF.ordinal();
    }

    /** Levelizes; the cycles are located with {@code gateLocation} (may be null). */
    static Result of(NameTable names, byte[] gateType, int[] gateOut, int[] gateInStart, int[] gateIn, int[] driver,
                     int[] fanoutStart, long[] fanoutPins, IntFunction<Location> gateLocation) {
        Levelization lz = new Levelization(gateType, gateOut, gateInStart, gateIn, driver);
        int n = names.size();
        int gates = gateOut.length;
        int[] pending = new int[gates];
        int[] lvl = new int[n];
        int[] queue = new int[gates];
        int head = 0;
        int tail = 0;
        int combinational = 0;
        for (int g = 0; g < gates; g++) {
            if (lz.isDff(g)) {
                continue;
            }
            combinational++;
            int p = 0;
            for (int k = gateInStart[g]; k < gateInStart[g + 1]; k++) {
                if (lz.isCombinationalGateOutput(gateIn[k])) {
                    p++;
                }
            }
            pending[g] = p;
            if (p == 0) {
                queue[tail++] = g;
            }
        }
        int maxLevel = 0;
        while (head < tail) {
            int g = queue[head++];
            int out = gateOut[g];
            int l = 0;
            for (int k = gateInStart[g]; k < gateInStart[g + 1]; k++) {
                l = Math.max(l, lvl[gateIn[k]]);
            }
            lvl[out] = GateType.values()[gateType[g]].isConstant() ? 0 : l + 1;
            maxLevel = Math.max(maxLevel, lvl[out]);
            for (int k = fanoutStart[out]; k < fanoutStart[out + 1]; k++) {
                int reader = (int) (fanoutPins[k] >>> 32);
                if (!lz.isDff(reader) && --pending[reader] == 0) {
                    queue[tail++] = reader;
                }
            }
        }
        if (tail == combinational) {
            return new Result(Arrays.copyOf(queue, tail), lvl, maxLevel, List.of());
        }
        return new Result(null, null, 0, lz.describeCycles(names, pending, gateLocation));
    }

    private boolean isCombinationalGateOutput(int net) {
        int d = driver[net];
        return d >= 0 && !isDff(d);
    }

    /** Names the nets of each cycle among the gates Kahn's algorithm could not order. */
    private List<Problem> describeCycles(NameTable names, int[] pending, IntFunction<Location> gateLocation) {
        List<Problem> problems = new ArrayList<>();
        int gates = gateOut.length;
        boolean[] done = new boolean[gates];
        int[] seenAt = new int[gates];
        Arrays.fill(seenAt, -1);
        for (int start = 0; start < gates; start++) {
            if (pending[start] == 0 || done[start] || isDff(start)) {
                continue;
            }
            // Walk backwards through unordered drivers until a gate repeats; every unordered gate has one.
            List<Integer> path = new ArrayList<>();
            int g = start;
            while (seenAt[g] < 0 && !done[g]) {
                seenAt[g] = path.size();
                path.add(g);
                int next = -1;
                for (int k = gateInStart[g]; k < gateInStart[g + 1]; k++) {
                    int d = driver[gateIn[k]];
                    if (d >= 0 && !isDff(d) && pending[d] > 0) {
                        next = d;
                        break;
                    }
                }
                g = next;
            }
            if (!done[g]) {
                List<Integer> cycle = path.subList(seenAt[g], path.size());
                List<String> nets = new ArrayList<>();
                for (int k = cycle.size() - 1; k >= 0; k--) {
                    nets.add(names.name(gateOut[cycle.get(k)]));
                }
                Location where = gateLocation == null ? Location.NONE : gateLocation.apply(cycle.get(cycle.size() - 1));
                problems.add(new Problem(Problem.Kind.COMBINATIONAL_CYCLE,
                        "combinational cycle through " + String.join(" -> ", nets) + " -> " + nets.get(0), nets, where));
            }
            for (int p : path) {
                done[p] = true;
            }
        }
        return problems;
    }

}
