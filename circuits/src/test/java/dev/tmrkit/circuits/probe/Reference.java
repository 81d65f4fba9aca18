package dev.tmrkit.circuits.probe;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import dev.tmrkit.gates.fault.Fault;
import java.util.BitSet;
import java.util.List;

/**
 * Every net's value by the scalar {@link ReferenceEvaluator}, independent of the compiled evaluator: the
 * netlist is copied (same net ids and gate indices, so faults carry over) with every net appended as an
 * extra output, whose value the reference then reports.
 */
public final class Reference {
    private final Netlist original;
    private final ReferenceEvaluator probe;

    public Reference(Netlist original) {
        this.original = original;
        NetlistBuilder b = NetlistBuilder.copyOf(original, original.name() + "-probe");
        for (int net = 0; net < original.netCount(); net++) {
            b.output(original.netName(net));
        }
        this.probe = new ReferenceEvaluator(b.build());
    }

    /** The nets that are 1 for {@code inputs} under {@code faults}. */
    public BitSet ones(boolean[] inputs, List<Fault> faults) {
        boolean[] out = probe.evaluate(inputs, faults, 0);
        BitSet ones = new BitSet();
        for (int net = 0; net < original.netCount(); net++) {
            if (out[original.outputCount() + net]) {
                ones.set(net);
            }
        }
        return ones;
    }

    /** The nets whose value {@code fault} changes for {@code inputs}. */
    public BitSet changed(boolean[] inputs, Fault fault) {
        BitSet diff = ones(inputs, List.of());
        diff.xor(ones(inputs, List.of(fault)));
        return diff;
    }
}
