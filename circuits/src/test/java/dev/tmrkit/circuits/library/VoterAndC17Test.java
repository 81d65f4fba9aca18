package dev.tmrkit.circuits.library;

import static dev.tmrkit.circuits.library.Vectors.builtin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import dev.tmrkit.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Truth tables of the two fixed combinational built-ins against independent statements of their function. */
class VoterAndC17Test {

    @Test
    void voterIsTwoOutOfThree() {
        Netlist voter = builtin("voter");
        assertEquals(List.of("a", "b", "c"), voter.inputNames());
        assertEquals(List.of("r"), voter.outputNames());
        ReferenceEvaluator eval = new ReferenceEvaluator(voter);
        for (int p = 0; p < 8; p++) {
            boolean expected = Integer.bitCount(p) >= 2;
            assertEquals(expected, eval.evaluate(Vectors.pattern(3, p))[0], "a,b,c = bits of " + p);
        }
    }

    @Test
    void c17HasTheBenchmarkInterfaceAndSixNands() {
        Netlist c17 = builtin("c17");
        assertEquals(List.of("1", "2", "3", "6", "7"), c17.inputNames());
        assertEquals(List.of("22", "23"), c17.outputNames());
        assertEquals(6, c17.gateCount());
        for (Gate g : c17.gates()) {
            assertEquals(GateType.NAND, g.type());
            assertEquals(2, g.arity());
        }
        assertEquals(3, c17.depth());
    }

    /**
     * c17 multiplied out by hand: {@code 22 = x1·x3 + x2·¬x3 + x2·¬x6} and
     * {@code 23 = (¬x3 + ¬x6)·(x2 + x7)}.
     */
    @Test
    void c17TruthTableMatchesItsSumOfProducts() {
        ReferenceEvaluator eval = new ReferenceEvaluator(builtin("c17"));
        for (int p = 0; p < 32; p++) {
            boolean[] in = Vectors.pattern(5, p);
            boolean x1 = in[0];
            boolean x2 = in[1];
            boolean x3 = in[2];
            boolean x6 = in[3];
            boolean x7 = in[4];
            boolean o22 = (x1 && x3) || (x2 && !x3) || (x2 && !x6);
            boolean o23 = (!x3 || !x6) && (x2 || x7);
            boolean[] out = eval.evaluate(in);
            assertEquals(o22, out[0], "22 at pattern " + p);
            assertEquals(o23, out[1], "23 at pattern " + p);
        }
    }

    @Test
    void everyC17OutputDependsOnSomeInput() {
        // Guards the oracle itself: neither output is a constant over the table.
        ReferenceEvaluator eval = new ReferenceEvaluator(builtin("c17"));
        boolean[] seen = new boolean[4];
        for (int p = 0; p < 32; p++) {
            boolean[] out = eval.evaluate(Vectors.pattern(5, p));
            seen[out[0] ? 1 : 0] = true;
            seen[out[1] ? 3 : 2] = true;
        }
        assertTrue(seen[0] && seen[1] && seen[2] && seen[3]);
    }

    /** The built-in equals the distributed benchmark file, {@code benchmarks/iscas85/c17.bench}. */
    @Test
    void c17EqualsTheBenchFile() throws IOException {
        Path bench = Corpus.bench("iscas85", "c17");
        Netlist fromFile = new BenchReader().read(bench);
        Netlist builtIn = builtin("c17");
        assertEquals(fromFile, builtIn);
        ReferenceEvaluator a = new ReferenceEvaluator(fromFile);
        ReferenceEvaluator b = new ReferenceEvaluator(builtIn);
        for (int p = 0; p < 32; p++) {
            boolean[] in = Vectors.pattern(5, p);
            assertArrayEquals(a.evaluate(in), b.evaluate(in), "pattern " + p);
        }
    }
}
