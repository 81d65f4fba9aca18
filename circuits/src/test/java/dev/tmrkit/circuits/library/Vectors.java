package dev.tmrkit.circuits.library;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import java.util.Optional;

/** Packing of integers into input vectors and back, for the arithmetic specifications. */
final class Vectors {
    private Vectors() {
    }

    /** Writes the low {@code width} bits of {@code value} into {@code into[from..]}, least significant first. */
    static void put(boolean[] into, int from, int width, long value) {
        for (int i = 0; i < width; i++) {
            into[from + i] = (value >>> i & 1L) != 0;
        }
    }

    /** Reads {@code width} bits from {@code bits[from..]}, least significant first. */
    static long get(boolean[] bits, int from, int width) {
        long v = 0;
        for (int i = 0; i < width; i++) {
            if (bits[from + i]) {
                v |= 1L << i;
            }
        }
        return v;
    }

    /** The input vector whose bit k is bit k of {@code pattern}. */
    static boolean[] pattern(int inputs, long pattern) {
        boolean[] in = new boolean[inputs];
        put(in, 0, inputs, pattern);
        return in;
    }

    /** Evaluates a combinational netlist on one vector, from the reset state. */
    static boolean[] eval(Netlist n, boolean[] in) {
        return new ReferenceEvaluator(n).evaluate(in);
    }

    /** A built-in by spec, failing the test if the name is unknown. */
    static Netlist builtin(String spec) {
        Optional<Netlist> n = BuiltinCircuits.byName(spec);
        return n.orElseThrow(() -> new AssertionError("no built-in '" + spec + "'"));
    }
}
