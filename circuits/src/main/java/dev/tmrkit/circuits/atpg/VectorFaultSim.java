package dev.tmrkit.circuits.atpg;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import dev.tmrkit.gates.fault.Fault;
import java.util.List;

/** Which single faults a given list of input vectors detects (some output differs), 64 vectors per word. */
final class VectorFaultSim {
    private final Simulation good;
    private final Simulation faulty;
    private final int outputs;
    private final int count;

    VectorFaultSim(Netlist netlist, List<boolean[]> vectors) {
        CompiledEvaluator c = CompiledEvaluator.compile(netlist);
        int words = Math.max(1, (vectors.size() + 63) / 64);
        this.good = c.newSimulation(words);
        this.faulty = c.newSimulation(words);
        this.outputs = netlist.outputCount();
        this.count = vectors.size();
        for (int i = 0; i < netlist.inputCount(); i++) {
            long[] bits = new long[words];
            for (int p = 0; p < vectors.size(); p++) {
                if (vectors.get(p)[i]) {
                    bits[p / 64] |= 1L << (p % 64);
                }
            }
            good.setInput(i, bits);
            faulty.setInput(i, bits);
        }
        good.evaluate();
    }

    /** The index of the first vector that detects the fault, or -1. */
    int firstDetecting(Fault fault) {
        if (count == 0) {
            return -1;
        }
        faulty.setFaults(List.of(fault)).evaluate();
        int first = Integer.MAX_VALUE;
        for (int w = 0; w < good.words(); w++) {
            long valid = count - 64L * w >= 64 ? -1L : (1L << (count - 64 * w)) - 1;
            long diff = 0;
            for (int o = 0; o < outputs; o++) {
                diff |= good.output(o, w) ^ faulty.output(o, w);
            }
            diff &= valid;
            if (diff != 0) {
                first = Math.min(first, 64 * w + Long.numberOfTrailingZeros(diff));
                break;
            }
        }
        return first == Integer.MAX_VALUE ? -1 : first;
    }
}
