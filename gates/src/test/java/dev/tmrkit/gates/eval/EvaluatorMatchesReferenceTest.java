package dev.tmrkit.gates.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.tmrkit.testing.Properties.qt;

import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.LaneMask;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.fault.StuckAt;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The law everything else rests on: the compiled bit-parallel evaluator computes, lane by lane, exactly
 * what the scalar reference computes, with and without faults, for combinational and sequential
 * netlists.
 */
class EvaluatorMatchesReferenceTest {
    private static final int WORDS = 2;
    private static final int CYCLES = 6;

    @Test
    void combinationalNetlistsWithoutFaults() {
        qt().withExamples(300).forAll(RandomNetlists.combinational(6, 40), SourceDSL.longs().all())
                .checkAssert((n, seed) -> compare(n, List.of(), new SplittableRandom(seed), 1));
    }

    @Test
    void combinationalNetlistsWithRandomFaultSets() {
        qt().withExamples(400).forAll(RandomNetlists.combinational(6, 40), SourceDSL.longs().all())
                .checkAssert((n, seed) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    compare(n, randomFaults(n, r, 1), r, 1);
                });
    }

    @Test
    void sequentialNetlistsWithRandomFaultSetsOverCycles() {
        qt().withExamples(300).forAll(RandomNetlists.sequential(4, 30, 5), SourceDSL.longs().all())
                .checkAssert((n, seed) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    compare(n, randomFaults(n, r, CYCLES), r, CYCLES);
                });
    }

    /** Up to four faults of every kind on every kind of site. */
    static List<Fault> randomFaults(Netlist n, SplittableRandom r, int cycles) {
        List<Fault> faults = new ArrayList<>();
        int count = r.nextInt(5);
        for (int i = 0; i < count; i++) {
            Site site;
            int kind = r.nextInt(3);
            if (kind == 0 || n.gateCount() == 0) {
                site = new Site.Stem(r.nextInt(n.netCount()));
            } else if (kind == 1) {
                int g = r.nextInt(n.gateCount());
                Gate gate = n.gate(g);
                site = gate.arity() == 0 ? new Site.Stem(gate.output()) : new Site.Branch(g, r.nextInt(gate.arity()));
            } else {
                site = new Site.Port(r.nextInt(n.outputCount()));
            }
            switch (r.nextInt(4)) {
                case 0: faults.add(StuckAt.sa0(site)); break;
                case 1: faults.add(StuckAt.sa1(site)); break;
                case 2: faults.add(BitFlip.at(site, r.nextInt(cycles))); break;
                default: faults.add(new BitFlip(site, r.nextInt(cycles), LaneMask.of(r.nextInt(64 * WORDS), r.nextInt(64 * WORDS))));
            }
        }
        return faults;
    }

    private static void compare(Netlist n, List<Fault> faults, SplittableRandom r, int cycles) {
        int lanes = 64 * WORDS;
        boolean[][][] in = new boolean[cycles][lanes][n.inputCount()];
        Simulation sim = CompiledEvaluator.compile(n).newSimulation(WORDS).setFaults(faults);
        long[][][] fast = new long[cycles][n.outputCount()][WORDS];
        for (int t = 0; t < cycles; t++) {
            for (int i = 0; i < n.inputCount(); i++) {
                for (int w = 0; w < WORDS; w++) {
                    long bits = r.nextLong();
                    sim.setInput(i, w, bits);
                    for (int b = 0; b < 64; b++) {
                        in[t][w * 64 + b][i] = (bits >>> b & 1) != 0;
                    }
                }
            }
            sim.evaluate();
            for (int o = 0; o < n.outputCount(); o++) {
                for (int w = 0; w < WORDS; w++) {
                    fast[t][o][w] = sim.output(o, w);
                }
            }
            sim.clock();
        }
        ReferenceEvaluator ref = new ReferenceEvaluator(n);
        for (int lane = 0; lane < lanes; lane++) {
            List<boolean[]> vectors = new ArrayList<>();
            for (int t = 0; t < cycles; t++) {
                vectors.add(in[t][lane]);
            }
            List<boolean[]> expected = ref.run(vectors, faults, lane);
            for (int t = 0; t < cycles; t++) {
                for (int o = 0; o < n.outputCount(); o++) {
                    boolean got = (fast[t][o][lane / 64] >>> (lane % 64) & 1) != 0;
                    assertEquals(expected.get(t)[o], got, () -> "mismatch with faults " + faults + " on " + n.gates());
                }
            }
        }
    }
}
