package dev.tmrkit.circuits.campaign.engine;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.Pin;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Estimated sizes of fanout cones: how many combinational gates faults at some sites can influence within one
 * cycle (the gates {@link CompiledEvaluator#cone} lists), for weighing fault sets by the work they cost. One
 * backward pass keeps a bottom-k sketch per gate (the {@value #K} least hashes of the gates in its cone, E. Cohen,
 * "Size-estimation framework", JCSS 1997), so the cost is gates × fanout × K whatever the cones' sizes, where
 * listing every cone would be quadratic. A cone of fewer than K gates is counted exactly; a larger one is
 * estimated, with a relative error of about 1/sqrt(K - 2) (the hashes are fixed, so the estimate is too).
 */
final class ConeSizes {
    /** Sketch size. */
    static final int K = 16;
    private static final int[] EMPTY = new int[0];

    private final CompiledEvaluator compiled;
    private final Netlist netlist;
    private final int[][] sketch; // per topological position: ascending distinct hashes of its cone's gates, at most K

    private ConeSizes(CompiledEvaluator compiled) {
        this.compiled = compiled;
        this.netlist = compiled.netlist();
        int gates = compiled.gateCount();
        this.sketch = new int[gates][];
        for (int k = gates - 1; k >= 0; k--) { // readers come later in topological order
            int[] s = {hash(k)};
            for (Pin p : netlist.fanoutPins(compiled.outputNetAt(k))) {
                int r = compiled.positionOf(p.gate());
                if (r >= 0) {
                    s = merge(s, sketch[r]);
                }
            }
            sketch[k] = s;
        }
    }

    /** The sketches of every gate of {@code compiled}. */
    static ConeSizes of(CompiledEvaluator compiled) {
        return new ConeSizes(compiled);
    }

    /** Per fault set, 1 + the estimated number of gates its faults can influence. */
    long[] work(List<List<Fault>> faultSets) {
        long[] work = new long[faultSets.size()];
        for (int k = 0; k < work.length; k++) {
            List<Site> sites = new ArrayList<>(faultSets.get(k).size());
            for (Fault f : faultSets.get(k)) {
                sites.add(f.site());
            }
            work[k] = 1 + estimate(sites);
        }
        return work;
    }

    /** The estimated number of gates in the union of the cones of {@code sites}. */
    long estimate(List<Site> sites) {
        int[] s = EMPTY;
        for (Site site : sites) {
            s = merge(s, sketchOf(site));
        }
        return estimate(s);
    }

    private int[] sketchOf(Site site) {
        if (site instanceof Site.Stem stem) {
            int d = netlist.driver(stem.net());
            if (d >= 0 && compiled.positionOf(d) >= 0) {
                return sketch[compiled.positionOf(d)];
            }
            int[] s = EMPTY; // an input or a flip-flop's output: the cones of its readers
            for (Pin p : netlist.fanoutPins(stem.net())) {
                int r = compiled.positionOf(p.gate());
                if (r >= 0) {
                    s = merge(s, sketch[r]);
                }
            }
            return s;
        }
        if (site instanceof Site.Branch branch) {
            int pos = compiled.positionOf(branch.gate());
            return pos >= 0 ? sketch[pos] : EMPTY;
        }
        return EMPTY; // an output port: no gate
    }

    private static long estimate(int[] s) {
        if (s.length < K) {
            return s.length;
        }
        // the K-th least of n uniform hashes in [0, 2^31) sits near K/n of the range
        return Math.max(K, (long) ((K - 1) * 2147483648.0 / (s[K - 1] + 1.0)));
    }

    /** The least K distinct values of two ascending arrays of distinct values. */
    static int[] merge(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        int[] m = new int[Math.min(K, a.length + b.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (n < m.length && (i < a.length || j < b.length)) {
            int v;
            if (j >= b.length || i < a.length && a[i] < b[j]) {
                v = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                v = b[j++];
            } else {
                v = a[i++];
                j++;
            }
            m[n++] = v;
        }
        return n == m.length ? m : Arrays.copyOf(m, n);
    }

    /** A fixed, well-mixed hash of a gate position in [0, 2^31) (the finaliser of MurmurHash3, a bijection before the shift). */
    static int hash(int position) {
        int h = position * 0x9E3779B9 + 0x7F4A7C15;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h >>> 1;
    }
}
