package dev.tmrkit.gates.eval;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.fault.StuckAt;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Fault-parallel stem lanes against the scalar reference: on one pattern, lane j of every output after a
 * pass is what the reference computes with stem j forced to the opposite of its fault-free value, however
 * many stems share the pass (some of them downstream of others) and over consecutive passes and patterns.
 */
class StemLanesTest {

    @Test
    void laneJIsTheCircuitWithStemJFlipped() {
        qt().withExamples(300).forAll(RandomNetlists.combinational(8, 60), SourceDSL.longs().all()).checkAssert((n, seed) -> {
            SplittableRandom r = new SplittableRandom(seed);
            CompiledEvaluator c = CompiledEvaluator.compile(n);
            StuckAtPropagator prop = new StuckAtPropagator(c, 1);
            long[] inputs = new long[n.inputCount()];
            for (int i = 0; i < inputs.length; i++) {
                inputs[i] = r.nextLong();
                prop.setInput(i, 0, inputs[i]);
            }
            prop.evaluateGood();
            List<Integer> stems = new ArrayList<>();
            for (int net = 0; net < n.netCount(); net++) {
                if (prop.stemOf(net) == net) {
                    stems.add(net);
                }
            }
            StemLanes lanes = new StemLanes(prop);
            ReferenceEvaluator ref = new ReferenceEvaluator(n);
            for (int round = 0; round < 3; round++) {
                int pattern = r.nextInt(64);
                lanes.pattern(pattern);
                boolean[] vector = new boolean[inputs.length];
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = (inputs[i] >>> pattern & 1L) != 0;
                }
                Collections.shuffle(stems, new java.util.Random(r.nextLong()));
                int count = Math.min(stems.size(), 1 + r.nextInt(64));
                int[] batch = new int[count];
                for (int j = 0; j < count; j++) {
                    batch[j] = stems.get(j);
                }
                lanes.propagate(batch, count);
                checkLanes(n, prop, lanes, ref, vector, pattern, batch);
            }
        });
    }

    private static void checkLanes(Netlist n, StuckAtPropagator prop, StemLanes lanes, ReferenceEvaluator ref, boolean[] vector,
                                   int pattern, int[] batch) {
        boolean[] good = ref.evaluate(vector);
        boolean[] changed = new boolean[n.outputCount()];
        for (int j = 0; j < lanes.changedOutputs(); j++) {
            changed[lanes.changedOutput(j)] = true;
        }
        for (int o = 0; o < n.outputCount(); o++) {
            assertEquals(good[o] ? -1L : 0L, lanes.goodOutput(o), "good output " + o);
        }
        for (int j = 0; j < batch.length; j++) {
            boolean value = (prop.good(batch[j], 0) >>> pattern & 1L) != 0;
            boolean[] expected = ref.evaluate(vector, List.of(new StuckAt(new Site.Stem(batch[j]), !value)), 0);
            for (int o = 0; o < n.outputCount(); o++) {
                boolean actual = (lanes.output(o) >>> j & 1L) != 0;
                assertEquals(expected[o], actual, "output " + o + " with stem " + batch[j] + " flipped on pattern " + pattern);
                if (expected[o] != good[o]) {
                    assertEquals(true, changed[o], "output " + o + " changed but not listed");
                }
            }
        }
    }
}
