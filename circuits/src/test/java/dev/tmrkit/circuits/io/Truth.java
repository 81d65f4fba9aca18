package dev.tmrkit.circuits.io;

import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.Netlist;

/** A plain reference evaluation of a netlist's combinational logic, flip-flops holding their initial 0. */
public final class Truth {
    private Truth() {
    }

    /** The output values for one input assignment, bit {@code i} of {@code inputs} driving input {@code i}. */
    public static boolean[] outputs(Netlist netlist, long inputs) {
        boolean[] value = new boolean[netlist.netCount()];
        for (int i = 0; i < netlist.inputCount(); i++) {
            value[netlist.input(i)] = (inputs >>> i & 1) == 1;
        }
        for (int g : netlist.topologicalOrder()) {
            Gate gate = netlist.gate(g);
            boolean[] in = new boolean[gate.arity()];
            for (int pin = 0; pin < in.length; pin++) {
                in[pin] = value[gate.input(pin)];
            }
            value[gate.output()] = gate.type().apply(in);
        }
        boolean[] out = new boolean[netlist.outputCount()];
        for (int o = 0; o < out.length; o++) {
            out[o] = value[netlist.output(o)];
        }
        return out;
    }
}
