package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmrkit.circuits.io.aiger.AigerReader;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random AIGs, encoded by the test's own writer: the ASCII and the binary file read into equal netlists with
 * one AND gate per AIGER AND, and the netlist behaves as a direct simulation of the AIG, cycle by cycle.
 */
class AigerRandomTest {
    private static final AigerReader READER = new AigerReader();

    @Test
    void asciiAndBinaryAgreeWithTheAigSemantics() {
        SplittableRandom seeds = new SplittableRandom(0xA16E5L);
        for (int trial = 0; trial < 400; trial++) {
            SplittableRandom r = seeds.split();
            RandomAigs aig = RandomAigs.generate(r, 6, 3, trial < 300 ? 30 : 400);
            Netlist ascii = READER.parse("random.aag", aig.ascii());
            Netlist binary = READER.parse("random.aig", aig.binary());
            String context = "trial " + trial + ":\n" + aig.ascii();
            assertEquals(ascii, binary, context);
            assertEquals(aig.rhs0.length, ascii.stats().gateTypes().getOrDefault(GateType.AND, 0), context);
            assertEquals(aig.inputs, ascii.inputCount(), context);
            assertEquals(aig.outputs.length, ascii.outputCount(), context);
            long[][] in = new long[12][aig.inputs];
            for (long[] cycle : in) {
                for (int k = 0; k < cycle.length; k++) {
                    cycle[k] = r.nextLong();
                }
            }
            long[][] expected = aig.simulate(in);
            Simulation sim = CompiledEvaluator.compile(ascii).newSimulation(1);
            for (int c = 0; c < in.length; c++) {
                for (int k = 0; k < aig.inputs; k++) {
                    sim.setInput(k, 0, in[c][k]);
                }
                sim.evaluate();
                long[] actual = new long[aig.outputs.length];
                for (int o = 0; o < actual.length; o++) {
                    actual[o] = sim.output(o, 0);
                }
                assertArrayEquals(expected[c], actual, "cycle " + c + ", " + context);
                sim.clock();
            }
        }
    }
}
