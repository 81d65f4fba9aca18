package dev.tmrkit.circuits.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static dev.tmrkit.testing.Properties.qt;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The law behind collapsing, checked independently of the structural rules: every fault of a class makes
 * the circuit compute exactly the same output function, over every input pattern, as the class's
 * representative; in sequential circuits, the same outputs cycle by cycle from the reset state.
 */
class CollapsingSemanticsTest {

    @Test
    void everyMemberOfAClassComputesTheRepresentativesFaultyFunction() {
        qt().withExamples(300).forAll(RandomNetlists.combinational(5, 20)).checkAssert(n -> {
            CollapsedFaults c = FaultCollapsing.collapse(n);
            ReferenceEvaluator eval = new ReferenceEvaluator(n);
            boolean[][][] byClass = new boolean[c.collapsed()][][];
            for (int k = 0; k < c.collapsed(); k++) {
                byClass[k] = truthTable(n, eval, c.representatives().get(k));
            }
            for (int i = 0; i < c.total(); i++) {
                Fault f = c.all().get(i);
                Fault rep = c.representativeOf(i);
                assertArrayEquals(byClass[c.classOf(i)], truthTable(n, eval, f),
                        () -> f.describe(n) + " differs from its representative " + rep.describe(n) + " in " + n.gates());
            }
        });
    }

    @Test
    void classesStayEquivalentInSequentialCircuitsOverManyCycles() {
        qt().withExamples(150).forAll(RandomNetlists.sequential(4, 15, 3), SourceDSL.longs().all()).checkAssert((n, seed) -> {
            CollapsedFaults c = FaultCollapsing.collapse(n);
            ReferenceEvaluator eval = new ReferenceEvaluator(n);
            SplittableRandom r = new SplittableRandom(seed);
            List<List<boolean[]>> runs = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                List<boolean[]> cycles = new ArrayList<>();
                for (int t = 0; t < 6; t++) {
                    boolean[] in = new boolean[n.inputCount()];
                    for (int i = 0; i < in.length; i++) {
                        in[i] = r.nextBoolean();
                    }
                    cycles.add(in);
                }
                runs.add(cycles);
            }
            for (int i = 0; i < c.total(); i++) {
                Fault f = c.all().get(i);
                Fault rep = c.representativeOf(i);
                for (List<boolean[]> cycles : runs) {
                    List<boolean[]> expected = eval.run(cycles, List.of(rep), 0);
                    List<boolean[]> actual = eval.run(cycles, List.of(f), 0);
                    for (int t = 0; t < cycles.size(); t++) {
                        assertArrayEquals(expected.get(t), actual.get(t), f.describe(n) + " vs " + rep.describe(n) + " in cycle " + t);
                    }
                }
            }
        });
    }

    /** The outputs under one fault for every input pattern (pattern p sets input k to bit k of p). */
    private static boolean[][] truthTable(Netlist n, ReferenceEvaluator eval, Fault fault) {
        int patterns = 1 << n.inputCount();
        boolean[][] out = new boolean[patterns][];
        for (int p = 0; p < patterns; p++) {
            boolean[] in = new boolean[n.inputCount()];
            for (int k = 0; k < in.length; k++) {
                in[k] = (p >>> k & 1) != 0;
            }
            out[p] = eval.evaluate(in, List.of(fault), 0);
        }
        return out;
    }
}
