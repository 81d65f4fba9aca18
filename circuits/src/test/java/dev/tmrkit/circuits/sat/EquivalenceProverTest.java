package dev.tmrkit.circuits.sat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.tmrkit.circuits.tmr.check.Counterexample;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The SAT step against the exhaustive truth table (scalar reference evaluator) on random netlists. */
class EquivalenceProverTest {
    private static final EquivalenceProver.Settings SETTINGS = new EquivalenceProver.Settings(1, 7, Duration.ofSeconds(30));

    @Test
    void equalByConstructionIsProven() {
        qt().withFixedSeed(11).withExamples(300).forAll(RandomNetlists.combinational(16, 40)).checkAssert(n -> {
            EquivalenceProver.Result r = EquivalenceProver.bySat(n, Mutations.restructured(n), SETTINGS);
            assertEquals(EquivalenceProver.Status.PROVEN, r.status());
            assertEquals("SAT", r.method());
        });
    }

    @Test
    void oneMutationAgreesWithTheTruthTable() {
        int[] differing = {0, 0};
        qt().withFixedSeed(12).withExamples(300).forAll(RandomNetlists.combinational(12, 40), org.quicktheories.generators.SourceDSL.longs().all())
                .checkAssert((n, seed) -> {
                    Netlist m = Mutations.mutated(n, new SplittableRandom(seed));
                    EquivalenceProver.Result r = EquivalenceProver.bySat(n, m, SETTINGS);
                    boolean[] distinguishing = firstDifference(n, m);
                    if (distinguishing == null) {
                        assertEquals(EquivalenceProver.Status.PROVEN, r.status());
                        differing[1]++;
                        return;
                    }
                    differing[0]++;
                    assertEquals(EquivalenceProver.Status.DIFFERENT, r.status());
                    Counterexample cex = r.counterexample().orElseThrow();
                    boolean[] v = bits(cex.inputs().get(0));
                    boolean[] good = new ReferenceEvaluator(n).evaluate(v);
                    boolean[] bad = new ReferenceEvaluator(m).evaluate(v);
                    assertNotEquals(good[cex.output()], bad[cex.output()], "the counterexample must distinguish at its output");
                    assertEquals(good[cex.output()], cex.expected());
                    assertEquals(bad[cex.output()], cex.actual());
                });
        assertTrue(differing[0] > 50 && differing[1] > 50, "both verdicts exercised: " + Arrays.toString(differing));
    }

    private static boolean[] firstDifference(Netlist a, Netlist b) {
        int n = a.inputCount();
        ReferenceEvaluator ea = new ReferenceEvaluator(a);
        ReferenceEvaluator eb = new ReferenceEvaluator(b);
        for (int p = 0; p < 1 << n; p++) {
            boolean[] v = new boolean[n];
            for (int i = 0; i < n; i++) {
                v[i] = (p >>> i & 1) != 0;
            }
            if (!Arrays.equals(ea.evaluate(v), eb.evaluate(v))) {
                return v;
            }
        }
        return null;
    }

    private static boolean[] bits(String s) {
        boolean[] v = new boolean[s.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = s.charAt(i) == '1';
        }
        return v;
    }
}
