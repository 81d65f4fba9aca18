package dev.tmrkit.circuits.campaign.engine;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/** Fanout cones of fault sets, and the judged outputs they can reach. */
final class Cones {
    private Cones() {
    }

    /** Ascending topological positions of the gates any fault of the set can influence. */
    static int[] union(CompiledEvaluator c, List<Fault> faults) {
        if (faults.size() == 1) {
            return c.cone(faults.get(0).site());
        }
        BitSet all = new BitSet();
        for (Fault f : faults) {
            for (int k : c.cone(f.site())) {
                all.set(k);
            }
        }
        return all.stream().toArray();
    }

    /** Judged positions whose output net lies in the cone, sits on a faulted stem, or has a faulted port. */
    static int[] reachedOutputs(Netlist n, CompiledEvaluator c, List<Fault> faults, int[] cone, int[] judged) {
        BitSet nets = new BitSet(n.netCount());
        for (int k : cone) {
            nets.set(c.outputNetAt(k));
        }
        BitSet ports = new BitSet();
        for (Fault f : faults) {
            if (f.site() instanceof Site.Stem s) {
                nets.set(s.net());
            } else if (f.site() instanceof Site.Port p) {
                ports.set(p.output());
            }
        }
        int[] reached = new int[judged.length];
        int count = 0;
        for (int r = 0; r < judged.length; r++) {
            if (nets.get(n.output(judged[r])) || ports.get(judged[r])) {
                reached[count++] = r;
            }
        }
        return Arrays.copyOf(reached, count);
    }
}
