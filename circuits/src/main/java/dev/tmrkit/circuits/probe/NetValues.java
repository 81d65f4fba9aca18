package dev.tmrkit.circuits.probe;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import dev.tmrkit.gates.fault.Fault;
import java.util.BitSet;
import java.util.List;

/**
 * The value of every net and every output port of a netlist for one input vector, in the first clock
 * cycle from reset (every flip-flop 0), possibly under faults. A net's value is the one its driver
 * produces (a stem fault included); a fault on one branch shows only in the gates that read it.
 */
public final class NetValues {
    private final Netlist netlist;
    private final boolean[] inputs;
    private final BitSet nets;
    private final BitSet ports;

    private NetValues(Netlist netlist, boolean[] inputs, BitSet nets, BitSet ports) {
        this.netlist = netlist;
        this.inputs = inputs;
        this.nets = nets;
        this.ports = ports;
    }

    /** Fault-free values for {@code inputs} (declared order). */
    public static NetValues of(Netlist netlist, boolean[] inputs) {
        return of(netlist, inputs, List.of());
    }

    /** Values for {@code inputs} under {@code faults}, which strike in cycle 0 (a flip at cycle 0 applies). */
    public static NetValues of(Netlist netlist, boolean[] inputs, List<? extends Fault> faults) {
        if (inputs.length != netlist.inputCount()) {
            throw new IllegalArgumentException("expected " + netlist.inputCount() + " input values, got " + inputs.length);
        }
        Simulation sim = CompiledEvaluator.compile(netlist).newSimulation(1);
        for (int i = 0; i < inputs.length; i++) {
            sim.setInput(i, 0, inputs[i] ? 1L : 0L);
        }
        sim.setFaults(faults).evaluate();
        BitSet nets = new BitSet(netlist.netCount());
        for (int n = 0; n < netlist.netCount(); n++) {
            if ((sim.net(n, 0) & 1L) != 0) {
                nets.set(n);
            }
        }
        BitSet ports = new BitSet(netlist.outputCount());
        for (int k = 0; k < netlist.outputCount(); k++) {
            if ((sim.output(k, 0) & 1L) != 0) {
                ports.set(k);
            }
        }
        return new NetValues(netlist, inputs.clone(), nets, ports);
    }

    public Netlist netlist() {
        return netlist;
    }

    /** The input vector (a copy). */
    public boolean[] inputs() {
        return inputs.clone();
    }

    public boolean value(int net) {
        return nets.get(net);
    }

    /** The value output port {@code output} shows (a fault on the port included). */
    public boolean port(int output) {
        return ports.get(output);
    }
}
