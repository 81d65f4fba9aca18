package dev.tmrkit.circuits.sat;

import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.fault.StuckAt;
import java.util.List;

/**
 * One clock cycle of a netlist encoded by an {@link Encoder}, with faults applied where the evaluators apply
 * them: a stem fault on the net as its driver (or input port, or flip-flop) produces it, a branch fault on one
 * gate pin (a flip-flop's D pin changes the next state), a port fault on one output. A stuck-at fault acts in
 * every cycle, a flip only in its own.
 *
 * @param nets    the literal of every net (stem faults applied)
 * @param outputs the literal of every output (declared order; port faults applied)
 * @param next    the flip-flops' next state ({@link Netlist#dffGates()} order; D-pin faults applied)
 */
record Frame(int[] nets, int[] outputs, int[] next) {

    /**
     * @param faults stuck-at faults, and flips over every lane
     * @param cycle  the clock cycle this frame is (flips act in theirs only)
     * @throws IllegalArgumentException for a flip restricted to some lanes
     */
    static Frame encode(Encoder enc, Netlist n, int[] inputLits, int[] stateLits, List<? extends Fault> faults, int cycle) {
        Overrides ov = new Overrides(n, faults, cycle);
        int[] lit = new int[n.netCount()];
        for (int i = 0; i < n.inputCount(); i++) {
            lit[n.input(i)] = ov.stem(n.input(i), inputLits[i]);
        }
        int[] dffs = n.dffGates();
        for (int k = 0; k < dffs.length; k++) {
            int q = n.gateOutput(dffs[k]);
            lit[q] = ov.stem(q, stateLits[k]);
        }
        for (int g : n.topologicalOrder()) {
            Gate gate = n.gate(g);
            if (gate.type().isSequential()) {
                continue;
            }
            int[] in = new int[gate.arity()];
            for (int p = 0; p < in.length; p++) {
                in[p] = ov.pin(g, p, lit[gate.input(p)]);
            }
            lit[gate.output()] = ov.stem(gate.output(), enc.gate(gate.type(), in));
        }
        int[] out = new int[n.outputCount()];
        for (int o = 0; o < out.length; o++) {
            out[o] = ov.port(o, lit[n.output(o)]);
        }
        int[] next = new int[dffs.length];
        for (int k = 0; k < dffs.length; k++) {
            next[k] = ov.pin(dffs[k], 0, lit[n.gateInput(dffs[k], 0)]);
        }
        return new Frame(lit, out, next);
    }

    /** The faults acting in one cycle, by where they apply; a literal passes unchanged where none does. */
    private static final class Overrides {
        private final Netlist n;
        private final List<? extends Fault> faults;
        private final int cycle;
        private final boolean any;

        Overrides(Netlist n, List<? extends Fault> faults, int cycle) {
            this.n = n;
            this.faults = faults;
            this.cycle = cycle;
            boolean acting = false;
            for (Fault f : faults) {
                if (f instanceof BitFlip b && !b.lanes().isAll()) {
                    throw new IllegalArgumentException("a flip in some pattern lanes only cannot be encoded: " + f.describe(n));
                }
                acting |= f instanceof StuckAt || ((BitFlip) f).cycle() == cycle;
            }
            this.any = acting;
        }

        int stem(int net, int lit) {
            return any ? apply(lit, s -> s instanceof Site.Stem st && st.net() == net) : lit;
        }

        int pin(int gate, int pin, int lit) {
            return any ? apply(lit, s -> s instanceof Site.Branch b && b.gate() == gate && b.pin() == pin) : lit;
        }

        int port(int output, int lit) {
            return any ? apply(lit, s -> s instanceof Site.Port p && p.output() == output) : lit;
        }

        private int apply(int lit, java.util.function.Predicate<Site> here) {
            int v = lit;
            for (Fault f : faults) {
                if (f instanceof StuckAt sa && here.test(sa.site())) {
                    v = sa.value() ? Encoder.TRUE : Encoder.FALSE;
                } else if (f instanceof BitFlip b && b.cycle() == cycle && here.test(b.site())) {
                    v = -v;
                }
            }
            return v;
        }
    }
}
