package dev.tmrkit.circuits.io;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Do two netlists compute the same function? Both are compiled and driven with the same random vectors
 * (sequential ones over cycles from reset), ports matched by a {@link PortMap}; the first difference is
 * described, naming cycle, lane and port.
 */
final class SameFunction {
    private SameFunction() {
    }

    /** For each input and output of netlist a, the index of the matching port of netlist b. */
    record PortMap(int[] inputs, int[] outputs) {
    }

    /** Port k of a is port k of b; the counts must agree. */
    static PortMap byPosition(Netlist a, Netlist b) {
        if (a.inputCount() != b.inputCount() || a.outputCount() != b.outputCount()) {
            throw new AssertionError("interfaces differ: " + a.inputCount() + "/" + a.outputCount() + " vs "
                    + b.inputCount() + "/" + b.outputCount());
        }
        int[] in = new int[a.inputCount()];
        int[] out = new int[a.outputCount()];
        for (int i = 0; i < in.length; i++) {
            in[i] = i;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = i;
        }
        return new PortMap(in, out);
    }

    /**
     * Ports matched by name; output k of a is b's output named {@code outputName(k's name)}; b has no other inputs
     * than a's, except those in {@code unusedInB}, which must then be read by nothing (they stay 0).
     */
    static PortMap byName(Netlist a, Netlist b, UnaryOperator<String> outputName, Set<String> unusedInB) {
        for (String extra : b.inputNames()) {
            if (!a.inputNames().contains(extra) && !(unusedInB.contains(extra) && b.fanout(b.netId(extra)) == 0
                    && !b.isOutput(b.netId(extra)))) {
                throw new AssertionError("inputs differ: " + a.inputNames() + " vs " + b.inputNames());
            }
        }
        int[] in = new int[a.inputCount()];
        for (int i = 0; i < in.length; i++) {
            in[i] = indexOf(b.inputNames(), a.inputNames().get(i), "input");
        }
        int[] out = new int[a.outputCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = indexOf(b.outputNames(), outputName.apply(a.outputNames().get(i)), "output");
        }
        return new PortMap(in, out);
    }

    private static int indexOf(List<String> names, String name, String what) {
        int k = names.indexOf(name);
        if (k < 0) {
            throw new AssertionError("no " + what + " named '" + name + "' in " + names);
        }
        return k;
    }

    /** The first difference over {@code words * 64} random vectors (sequences of {@code cycles} cycles), if any. */
    static Optional<String> compare(Netlist a, Netlist b, PortMap map, int words, int cycles, long seed) {
        Simulation sa = CompiledEvaluator.compile(a).newSimulation(words);
        Simulation sb = CompiledEvaluator.compile(b).newSimulation(words);
        SplittableRandom random = new SplittableRandom(seed);
        for (int cycle = 0; cycle < cycles; cycle++) {
            for (int i = 0; i < map.inputs().length; i++) {
                for (int w = 0; w < words; w++) {
                    long bits = random.nextLong();
                    sa.setInput(i, w, bits);
                    sb.setInput(map.inputs()[i], w, bits);
                }
            }
            sa.evaluate();
            sb.evaluate();
            for (int o = 0; o < map.outputs().length; o++) {
                for (int w = 0; w < words; w++) {
                    long diff = sa.output(o, w) ^ sb.output(map.outputs()[o], w);
                    if (diff != 0) {
                        int lane = w * 64 + Long.numberOfTrailingZeros(diff);
                        return Optional.of("cycle " + cycle + ", vector " + lane + ": output '" + a.outputNames().get(o)
                                + "' is " + (sa.output(o, w) >>> (lane % 64) & 1) + " in " + a.name() + " but output '"
                                + b.outputNames().get(map.outputs()[o]) + "' is " + (sb.output(map.outputs()[o], w) >>> (lane % 64) & 1)
                                + " in " + b.name());
                    }
                }
            }
            sa.clock();
            sb.clock();
        }
        return Optional.empty();
    }
}
