package dev.tmrkit.circuits.campaign.engine;

import dev.tmrkit.gates.eval.StuckAtPropagator;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.fault.StuckAt;
import java.util.Arrays;
import java.util.List;

/**
 * The single stuck-at faults of a block as flat arrays, grouped by the fanout stem whose region holds
 * them (faults on output ports each in a group of their own, without a stem), for {@link StuckAtBlock}.
 */
final class Sites {
    private static final int STEM = 0;
    private static final int BRANCH = 1;
    private static final int PORT = 2;

    private final int[] entry;     // position j -> entry index in the block
    private final int[] kind;
    private final int[] net;       // the net the fault sits on (its input net for a branch)
    private final int[] gate;      // topological position of a branch's gate
    private final int[] pin;
    private final int[] port;
    private final boolean[] value;
    private final int[] stem;      // stem of the fault's region, -1 for a port
    private final int[] groupStart;

    Sites(StuckAtPropagator prop, List<List<Fault>> sets) {
        int n = sets.size();
        long[] keyed = new long[n];
        int[] kinds = new int[n];
        int[] nets = new int[n];
        int[] gates = new int[n];
        int[] pins = new int[n];
        int[] stems = new int[n];
        for (int k = 0; k < n; k++) {
            Fault f = sets.get(k).get(0);
            Site s = f.site();
            if (s instanceof Site.Stem st) {
                check(st.net() >= 0 && st.net() < prop.netCount(), f);
                kinds[k] = STEM;
                nets[k] = st.net();
                stems[k] = prop.stemOf(st.net());
            } else if (s instanceof Site.Branch b) {
                int pos = prop.positionOf(b.gate());
                check(pos >= 0 && b.pin() >= 0 && b.pin() < prop.arity(pos), f);
                kinds[k] = BRANCH;
                gates[k] = pos;
                pins[k] = b.pin();
                nets[k] = prop.inputNet(pos, b.pin());
                stems[k] = prop.stemOf(prop.outputNet(pos));
            } else {
                Site.Port p = (Site.Port) s;
                check(p.output() >= 0 && p.output() < prop.outputCount(), f);
                kinds[k] = PORT;
                pins[k] = p.output();
                stems[k] = -1;
            }
            // group by stem, ports last, one group each; stable within a group
            long group = stems[k] >= 0 ? stems[k] : prop.netCount() + (long) k;
            keyed[k] = group << 32 | k;
        }
        Arrays.sort(keyed);
        entry = new int[n];
        kind = new int[n];
        net = new int[n];
        gate = new int[n];
        pin = new int[n];
        port = new int[n];
        value = new boolean[n];
        stem = new int[n];
        int[] starts = new int[n + 1];
        int groups = 0;
        long previous = -1;
        for (int j = 0; j < n; j++) {
            int k = (int) keyed[j];
            long group = keyed[j] >>> 32;
            if (group != previous) {
                starts[groups++] = j;
                previous = group;
            }
            entry[j] = k;
            kind[j] = kinds[k];
            net[j] = nets[k];
            gate[j] = gates[k];
            pin[j] = pins[k];
            port[j] = pins[k];
            value[j] = ((StuckAt) sets.get(k).get(0)).value();
            stem[j] = stems[k];
        }
        starts[groups] = n;
        groupStart = Arrays.copyOf(starts, groups + 1);
    }

    private static void check(boolean ok, Fault f) {
        if (!ok) {
            throw new IllegalArgumentException("fault site outside the netlist: " + f);
        }
    }

    int groups() {
        return groupStart.length - 1;
    }

    /** First position of group g; {@code groupStart(groups())} is the number of faults. */
    int groupStart(int g) {
        return groupStart[g];
    }

    int entry(int j) {
        return entry[j];
    }

    /** The stem of position j's region, -1 for a fault on an output port. */
    int stem(int j) {
        return stem[j];
    }

    /** The output index of a port fault. */
    int port(int j) {
        return port[j];
    }

    /**
     * Lanes of word {@code w} in which the fault at position j flips its stem (for a port fault: flips its
     * port), on the propagator's good values and critical-path trace.
     */
    long flipped(StuckAtPropagator prop, int j, int w) {
        switch (kind[j]) {
            case STEM:
                return active(prop.good(net[j], w), value[j]) & prop.observability(net[j], w);
            case BRANCH: {
                long act = active(prop.good(net[j], w), value[j]);
                if (act == 0) {
                    return 0;
                }
                return act & prop.observability(prop.outputNet(gate[j]), w) & prop.sensitivity(gate[j], pin[j], w);
            }
            default:
                return active(prop.goodOutput(port[j], w), value[j]);
        }
    }

    /** Lanes in which a net with good value {@code good} differs from its stuck value. */
    private static long active(long good, boolean stuckAtOne) {
        return stuckAtOne ? ~good : good;
    }
}
