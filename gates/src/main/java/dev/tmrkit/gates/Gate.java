package dev.tmrkit.gates;

import java.util.Arrays;

/**
 * One cell of a netlist: a type, the net it drives and the nets it reads (by id, in pin order). A gate is
 * identified by its output net, so its name is that net's name.
 */
public record Gate(GateType type, int output, int[] inputs) {
    public Gate {
        inputs = inputs.clone();
    }

    /** The ids of the input nets, in pin order (a copy). */
    @Override
    public int[] inputs() {
        return inputs.clone();
    }

    public int arity() {
        return inputs.length;
    }

    /** The net read by input pin {@code pin}. */
    public int input(int pin) {
        return inputs[pin];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gate g && g.type == type && g.output == output && Arrays.equals(g.inputs, inputs);
    }

    @Override
    public int hashCode() {
        return (type.hashCode() * 31 + output) * 31 + Arrays.hashCode(inputs);
    }

    @Override
    public String toString() {
        return "Gate[" + type + " " + output + " <- " + Arrays.toString(inputs) + "]";
    }
}
