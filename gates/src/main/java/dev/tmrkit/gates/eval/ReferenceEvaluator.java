package dev.tmrkit.gates.eval;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The obviously-correct evaluator: one pattern, one gate at a time, on {@code boolean}s, with faults
 * applied the plain way where a value is read. It does not use the netlist's levelization: each net is
 * computed on demand (with an explicit stack, so any depth works) and memoised for the cycle. Slow by
 * design; the oracle for {@link CompiledEvaluator} in tests, and the baseline in benchmarks.
 */
public final class ReferenceEvaluator {
    private final Netlist netlist;

    public ReferenceEvaluator(Netlist netlist) {
        this.netlist = netlist;
    }

    /** Outputs (declared order) for one input vector (declared order), from the reset state, no faults. */
    public boolean[] evaluate(boolean[] inputs) {
        return evaluate(inputs, List.of(), 0);
    }

    /** As {@link #evaluate(boolean[])}, with faults; {@code lane} selects which lane-masked flips apply. */
    public boolean[] evaluate(boolean[] inputs, List<? extends Fault> faults, int lane) {
        return run(List.of(inputs), faults, lane).get(0);
    }

    /** Clock-by-clock from the reset state (every DFF 0): one output vector per input vector. */
    public List<boolean[]> run(List<boolean[]> inputsPerCycle) {
        return run(inputsPerCycle, List.of(), 0);
    }

    /**
     * Clock-by-clock from the reset state with faults. In cycle t the DFF outputs hold the values
     * latched at the end of cycle t-1; the outputs are read, then every DFF latches its D input.
     */
    public List<boolean[]> run(List<boolean[]> inputsPerCycle, List<? extends Fault> faults, int lane) {
        int[] dffs = netlist.dffGates();
        boolean[] state = new boolean[dffs.length];
        List<boolean[]> out = new ArrayList<>();
        for (int cycle = 0; cycle < inputsPerCycle.size(); cycle++) {
            boolean[] in = inputsPerCycle.get(cycle);
            if (in.length != netlist.inputCount()) {
                throw new IllegalArgumentException("expected " + netlist.inputCount() + " inputs, got " + in.length);
            }
            Cycle c = new Cycle(in, state, dffs, faults, cycle, lane);
            boolean[] o = new boolean[netlist.outputCount()];
            for (int k = 0; k < o.length; k++) {
                o[k] = c.applyFaults(new Site.Port(k), c.net(netlist.output(k)));
            }
            out.add(o);
            boolean[] next = new boolean[dffs.length];
            for (int k = 0; k < dffs.length; k++) {
                next[k] = c.pin(dffs[k], 0);
            }
            state = next;
        }
        return out;
    }

    /** The values of one clock cycle, computed on demand. */
    private final class Cycle {
        private final Boolean[] value = new Boolean[netlist.netCount()];
        private final List<? extends Fault> faults;
        private final int cycle;
        private final int lane;

        Cycle(boolean[] inputs, boolean[] state, int[] dffs, List<? extends Fault> faults, int cycle, int lane) {
            this.faults = faults;
            this.cycle = cycle;
            this.lane = lane;
            for (int k = 0; k < inputs.length; k++) {
                int net = netlist.input(k);
                value[net] = applyFaults(new Site.Stem(net), inputs[k]);
            }
            for (int k = 0; k < dffs.length; k++) {
                int q = netlist.gateOutput(dffs[k]);
                value[q] = applyFaults(new Site.Stem(q), state[k]);
            }
        }

        boolean applyFaults(Site site, boolean v) {
            for (Fault f : faults) {
                if (f.site().equals(site)) {
                    v = f.apply(v, cycle, lane);
                }
            }
            return v;
        }

        /** The value gate {@code g} sees on input pin {@code p}. */
        boolean pin(int g, int p) {
            return applyFaults(new Site.Branch(g, p), net(netlist.gateInput(g, p)));
        }

        /** The value of a net as its driver produces it (stem faults included). */
        boolean net(int target) {
            Deque<Integer> stack = new ArrayDeque<>();
            stack.push(target);
            while (!stack.isEmpty()) {
                int n = stack.peek();
                if (value[n] != null) {
                    stack.pop();
                    continue;
                }
                int g = netlist.driver(n);
                int arity = netlist.gateArity(g);
                boolean ready = true;
                for (int p = 0; p < arity; p++) {
                    int in = netlist.gateInput(g, p);
                    if (value[in] == null) {
                        stack.push(in);
                        ready = false;
                    }
                }
                if (ready) {
                    stack.pop();
                    boolean[] ins = new boolean[arity];
                    for (int p = 0; p < ins.length; p++) {
                        ins[p] = applyFaults(new Site.Branch(g, p), value[netlist.gateInput(g, p)]);
                    }
                    if (netlist.gateType(g) == GateType.DFF) {
                        throw new IllegalStateException("DFF output not preloaded: " + netlist.netName(n));
                    }
                    value[n] = applyFaults(new Site.Stem(n), netlist.gateType(g).apply(ins));
                }
            }
            return value[target];
        }
    }
}
