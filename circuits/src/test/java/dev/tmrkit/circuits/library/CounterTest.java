package dev.tmrkit.circuits.library;

import static dev.tmrkit.circuits.library.Vectors.builtin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.tmrkit.testing.Properties.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The counter replayed against an integer model. Cycle t's outputs show the state before the clock edge
 * that ends cycle t, i.e. the state after t edges; each edge applies {@code reset ? 0 : q + inc mod 2^N}.
 */
class CounterTest {
    private static final int CYCLES = 50;

    @Test
    void portsAndFlipFlops() {
        Netlist counter = builtin("counter");
        assertEquals(builtin("counter:4"), counter);
        assertEquals(List.of("inc", "reset"), counter.inputNames());
        assertEquals(List.of("q0", "q1", "q2", "q3"), counter.outputNames());
        assertEquals(4, counter.dffGates().length);
        for (int k = 0; k < 4; k++) {
            assertTrue(counter.gate(counter.driver(counter.output(k))).type().isSequential(), "q" + k + " is a DFF output");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 8, 16, 64})
    void randomIncrementAndResetSequencesFollowTheModel(int width) {
        Netlist counter = builtin("counter:" + width);
        ReferenceEvaluator eval = new ReferenceEvaluator(counter);
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> replay(eval, width, randomSequence(seed)));
    }

    @Test
    void countingWithoutResetWrapsAround() {
        List<boolean[]> ops = new ArrayList<>();
        for (int t = 0; t < CYCLES; t++) {
            ops.add(new boolean[] {true, false});
        }
        List<Long> seen = replay(new ReferenceEvaluator(builtin("counter:3")), 3, ops);
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 0L, 1L), seen.subList(0, 10));
    }

    @Test
    void resetWinsOverIncrement() {
        List<boolean[]> ops = List.of(
                new boolean[] {true, false}, new boolean[] {true, false}, new boolean[] {true, true},
                new boolean[] {false, false}, new boolean[] {true, false}, new boolean[] {false, false});
        List<Long> seen = replay(new ReferenceEvaluator(builtin("counter:4")), 4, ops);
        assertEquals(List.of(0L, 1L, 2L, 0L, 0L, 1L), seen);
    }

    /** inc with probability 3/4, reset with probability 1/10, from a seed. */
    private static List<boolean[]> randomSequence(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<boolean[]> ops = new ArrayList<>();
        for (int t = 0; t < CYCLES; t++) {
            ops.add(new boolean[] {r.nextInt(4) != 0, r.nextInt(10) == 0});
        }
        return ops;
    }

    /** Runs the sequence through the netlist, checks every cycle against the model, returns the states seen. */
    private static List<Long> replay(ReferenceEvaluator eval, int width, List<boolean[]> ops) {
        long mask = width == 64 ? -1L : (1L << width) - 1;
        List<boolean[]> outputs = eval.run(ops);
        List<Long> seen = new ArrayList<>();
        long model = 0;
        for (int t = 0; t < ops.size(); t++) {
            long got = Vectors.get(outputs.get(t), 0, width);
            assertEquals(model, got, "cycle " + t + " of " + width + "-bit counter");
            seen.add(got);
            boolean inc = ops.get(t)[0];
            boolean reset = ops.get(t)[1];
            model = reset ? 0 : (model + (inc ? 1 : 0)) & mask;
        }
        return seen;
    }
}
