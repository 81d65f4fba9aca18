package dev.tmrkit.circuits.faults;

import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.fault.StuckAt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Equivalence collapsing of the single stuck-at fault list {@link FaultLists#allStuckAt}, with the
 * standard structural rules applied gate by gate:
 * <ul>
 *   <li>AND: every input s-a-0 ≡ output s-a-0; NAND: every input s-a-0 ≡ output s-a-1;</li>
 *   <li>OR: every input s-a-1 ≡ output s-a-1; NOR: every input s-a-1 ≡ output s-a-0;</li>
 *   <li>NOT: input s-a-v ≡ output s-a-(not v); BUF: input s-a-v ≡ output s-a-v;</li>
 *   <li>XOR, XNOR, constants and DFFs: nothing (a flip-flop's D and Q faults stay apart).</li>
 * </ul>
 * The input fault of a gate pin is the {@link Site.Branch branch} fault when the net it reads has more
 * than one sink (primary-output ports count), else the {@link Site.Stem stem} fault of that net: a net
 * with one sink has no separate branch, its stem fault is the pin fault. Classes are closed under
 * transitivity (union-find), so a chain of inverters and buffers becomes one pair of classes.
 *
 * <p>Representative: the member that comes first in fault-list order. Stems come first in net order, so
 * a class holding any stem fault is represented by the stem fault on its lowest-numbered net; a class of
 * one fault is represented by that fault. The choice does not depend on the order gates are visited.
 */
public final class FaultCollapsing {
    private FaultCollapsing() {
    }

    /** The full stuck-at list of {@code netlist} and its equivalence classes. */
    public static CollapsedFaults collapse(Netlist netlist) {
        List<Fault> all = FaultLists.allStuckAt(netlist);
        Map<Fault, Integer> index = new HashMap<>(all.size() * 2);
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i), i);
        }
        UnionFind classes = new UnionFind(all.size());
        for (int g = 0; g < netlist.gateCount(); g++) {
            Gate gate = netlist.gate(g);
            Site out = new Site.Stem(gate.output());
            for (int pin = 0; pin < gate.arity(); pin++) {
                Site in = pinSite(netlist, g, pin);
                switch (gate.type()) {
                    case AND -> merge(classes, index, in, false, out, false);
                    case NAND -> merge(classes, index, in, false, out, true);
                    case OR -> merge(classes, index, in, true, out, true);
                    case NOR -> merge(classes, index, in, true, out, false);
                    case NOT -> {
                        merge(classes, index, in, false, out, true);
                        merge(classes, index, in, true, out, false);
                    }
                    case BUF -> {
                        merge(classes, index, in, false, out, false);
                        merge(classes, index, in, true, out, true);
                    }
                    default -> {
                        // XOR, XNOR, DFF: no equivalences (constants have no pins)
                    }
                }
            }
        }
        int[] classOf = new int[all.size()];
        int[] classOfRoot = new int[all.size()];
        List<Fault> representatives = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            int root = classes.find(i);
            if (root == i) {
                classOfRoot[i] = representatives.size();
                representatives.add(all.get(i));
            }
            classOf[i] = classOfRoot[root]; // root <= i, so already numbered
        }
        return new CollapsedFaults(all, representatives, classOf);
    }

    /**
     * The fault site of input pin {@code pin} of gate {@code gate}: its branch when the net read has more
     * than one sink, else the net's stem.
     */
    public static Site pinSite(Netlist netlist, int gate, int pin) {
        int net = netlist.gate(gate).input(pin);
        return netlist.sinkCount(net) > 1 ? new Site.Branch(gate, pin) : new Site.Stem(net);
    }

    private static void merge(UnionFind classes, Map<Fault, Integer> index, Site a, boolean va, Site b, boolean vb) {
        classes.union(indexOf(index, new StuckAt(a, va)), indexOf(index, new StuckAt(b, vb)));
    }

    private static int indexOf(Map<Fault, Integer> index, Fault f) {
        Integer i = index.get(f);
        if (i == null) {
            throw new IllegalStateException("fault " + f + " is not in the fault list");
        }
        return i;
    }
}
