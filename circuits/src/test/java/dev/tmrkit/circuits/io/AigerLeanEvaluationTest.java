package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.tmrkit.circuits.io.aiger.AigerReader;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random AIGs read from AIGER (one NOT gate per inverted edge, latches included) and evaluated through the
 * lean program ({@link Simulation#observeOnly}: those inverters folded into the ANDs, slots by liveness)
 * behave as the direct simulation of the AIG semantics, cycle by cycle, 128 lanes at a time.
 */
class AigerLeanEvaluationTest {
    private static final AigerReader READER = new AigerReader();

    @Test
    void leanEvaluationOfAigerInputFollowsTheAigSemantics() {
        SplittableRandom seeds = new SplittableRandom(0x1EA4L);
        for (int trial = 0; trial < 300; trial++) {
            SplittableRandom r = seeds.split();
            RandomAigs aig = RandomAigs.generate(r, 8, 3, trial < 200 ? 40 : 500);
            Netlist n = READER.parse("random.aig", aig.binary());
            long[][][] in = new long[2][8][aig.inputs];
            for (long[][] word : in) {
                for (long[] cycle : word) {
                    for (int k = 0; k < cycle.length; k++) {
                        cycle[k] = r.nextLong();
                    }
                }
            }
            long[][][] expected = {aig.simulate(in[0]), aig.simulate(in[1])};
            Simulation sim = CompiledEvaluator.compile(n).newSimulation(2).observeOnly();
            for (int c = 0; c < in[0].length; c++) {
                for (int k = 0; k < aig.inputs; k++) {
                    sim.setInput(k, 0, in[0][c][k]);
                    sim.setInput(k, 1, in[1][c][k]);
                }
                sim.evaluate();
                for (int w = 0; w < 2; w++) {
                    long[] actual = new long[aig.outputs.length];
                    for (int o = 0; o < actual.length; o++) {
                        actual[o] = sim.output(o, w);
                    }
                    assertArrayEquals(expected[w][c], actual, "trial " + trial + ", cycle " + c + ", word " + w + ":\n" + aig.ascii());
                }
                sim.clock();
            }
        }
    }
}
