package dev.tmrkit.gates.eval;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.fault.StuckAt;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The lean program ({@link Simulation#observeOnly}: inverters folded, gates in depth-first order, slots by
 * liveness) computes exactly what the scalar reference computes on every output, cycle by cycle, and every
 * observed net exactly as the full evaluator does; with faults installed the simulation still injects them,
 * on inverter outputs too.
 */
class LeanProgramMatchesReferenceTest {
    private static final int WORDS = 2;
    private static final int CYCLES = 5;

    @Test
    void combinationalNetlistsWithProbes() {
        qt().withExamples(250).forAll(RandomNetlists.combinational(6, 40), SourceDSL.longs().all())
                .checkAssert((n, seed) -> compare(n, List.of(), new SplittableRandom(seed), 1));
    }

    @Test
    void sequentialNetlistsOverCycles() {
        qt().withExamples(200).forAll(RandomNetlists.sequential(4, 30, 5), SourceDSL.longs().all())
                .checkAssert((n, seed) -> compare(n, List.of(), new SplittableRandom(seed), CYCLES));
    }

    @Test
    void andInverterGraphsWithChainsOfInverters() {
        qt().withExamples(250).forAll(andInverterGraphs(5, 60), SourceDSL.longs().all())
                .checkAssert((n, seed) -> compare(n, List.of(), new SplittableRandom(seed), 1));
    }

    @Test
    void faultsOnFoldedInvertersAreStillInjected() {
        qt().withExamples(200).forAll(andInverterGraphs(5, 40), SourceDSL.longs().all())
                .checkAssert((n, seed) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    List<Fault> faults = new ArrayList<>();
                    for (int g = 0; g < n.gateCount(); g++) {
                        if (n.gateType(g) == GateType.NOT && r.nextInt(3) == 0) {
                            faults.add(r.nextBoolean() ? StuckAt.sa0(new Site.Stem(n.gateOutput(g))) : StuckAt.sa1(new Site.Stem(n.gateOutput(g))));
                        }
                    }
                    compare(n, faults, r, 1);
                });
    }

    @Test
    void everyNetObservedAtOnce() {
        // every net a probe (no net folded away, the outputs listed twice): the case that was quadratic to compile
        qt().withExamples(150).forAll(RandomNetlists.combinational(6, 40), SourceDSL.longs().all())
                .checkAssert((n, seed) -> compare(n, List.of(), new SplittableRandom(seed), 1, everyNet(n)));
        qt().withExamples(150).forAll(andInverterGraphs(5, 40), SourceDSL.longs().all())
                .checkAssert((n, seed) -> compare(n, List.of(), new SplittableRandom(seed), 1, everyNet(n)));
    }

    private static int[] everyNet(Netlist n) {
        int[] nets = new int[n.netCount()];
        for (int i = 0; i < nets.length; i++) {
            nets[i] = i;
        }
        return nets;
    }

    @Test
    void aChainOfGatesNeedsAHandfulOfSlotsNotOnePerNet() {
        NetlistBuilder b = Netlist.builder("chain").input("a").input("b");
        String prev = "a";
        for (int i = 0; i < 1000; i++) {
            b.gate(GateType.NOT, "x" + i, prev);
            b.gate(GateType.AND, "y" + i, "x" + i, "b");
            prev = "y" + i;
        }
        Netlist n = b.output(prev).build();
        LeanProgram p = CompiledEvaluator.compile(n).lean();
        assertEquals(500, p.length(), "one instruction per pair of ANDs: the inverters folded, each AND fused with its reader");
        assertTrue(p.slots <= 3, "slots: " + p.slots);
    }

    @Test
    void unobservedNetsAndConeEvaluationAreRefused() {
        Netlist n = Netlist.builder("t").input("a").input("b").gate(GateType.NOT, "na", "a")
                .gate(GateType.AND, "y", "na", "b").output("y").build();
        Simulation sim = CompiledEvaluator.compile(n).newSimulation(1).observeOnly();
        sim.setInput(0, 0, 0b0101L);
        sim.setInput(1, 0, 0b0011L);
        sim.evaluate();
        assertEquals(0b0010L, sim.output(0, 0) & 0xF);
        assertThrows(IllegalStateException.class, () -> sim.net(n.netId("na"), 0));
        assertThrows(IllegalStateException.class, sim::snapshot);
        Simulation probed = CompiledEvaluator.compile(n).newSimulation(1).observeOnly(n.netId("na"));
        probed.setInput(0, 0, 0b0101L);
        probed.evaluate();
        assertEquals(~0b0101L, probed.net(n.netId("na"), 0));
    }

    /**
     * Two-input ANDs over earlier nets, each input and output behind zero to three inverters: the shape the
     * AIGER reader produces (one NOT per inverted edge), with double inversions thrown in.
     */
    static Gen<Netlist> andInverterGraphs(int maxInputs, int maxAnds) {
        return SourceDSL.longs().all().map(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            NetlistBuilder b = Netlist.builder("aig");
            List<String> nets = new ArrayList<>();
            int inputs = 1 + r.nextInt(maxInputs);
            for (int i = 0; i < inputs; i++) {
                b.input("i" + i);
                nets.add("i" + i);
            }
            int[] fresh = {0};
            int ands = 1 + r.nextInt(maxAnds);
            for (int g = 0; g < ands; g++) {
                String x = inverted(b, nets.get(r.nextInt(nets.size())), r, fresh);
                String y = inverted(b, nets.get(r.nextInt(nets.size())), r, fresh);
                b.gate(GateType.AND, "g" + g, x, y);
                nets.add("g" + g);
            }
            int outputs = 1 + r.nextInt(3);
            for (int k = 0; k < outputs; k++) {
                b.output(inverted(b, nets.get(nets.size() - 1 - r.nextInt(Math.min(nets.size(), 4))), r, fresh));
            }
            return b.build();
        });
    }

    private static String inverted(NetlistBuilder b, String net, SplittableRandom r, int[] fresh) {
        int nots = r.nextInt(4) == 0 ? 2 + r.nextInt(2) : r.nextInt(2);
        String at = net;
        for (int i = 0; i < nots; i++) {
            String out = "n" + fresh[0]++;
            b.gate(r.nextInt(5) == 0 ? GateType.BUF : GateType.NOT, out, at);
            at = out;
        }
        return at;
    }

    /** Outputs against the reference; up to three random probed nets and flip-flop states against the full evaluator. */
    private static void compare(Netlist n, List<Fault> faults, SplittableRandom r, int cycles) {
        int[] probes = new int[r.nextInt(4)];
        for (int i = 0; i < probes.length; i++) {
            probes[i] = r.nextInt(n.netCount());
        }
        compare(n, faults, r, cycles, probes);
    }

    /** Outputs against the reference; the nets of {@code probes} and flip-flop states against the full evaluator. */
    private static void compare(Netlist n, List<Fault> faults, SplittableRandom r, int cycles, int[] probes) {
        CompiledEvaluator c = CompiledEvaluator.compile(n);
        Simulation lean = c.newSimulation(WORDS).observeOnly(probes).setFaults(faults);
        Simulation full = c.newSimulation(WORDS).setFaults(faults);
        int lanes = 64 * WORDS;
        boolean[][][] in = new boolean[cycles][lanes][n.inputCount()];
        long[][][] got = new long[cycles][n.outputCount()][WORDS];
        for (int t = 0; t < cycles; t++) {
            for (int i = 0; i < n.inputCount(); i++) {
                for (int w = 0; w < WORDS; w++) {
                    long bits = r.nextLong();
                    lean.setInput(i, w, bits);
                    full.setInput(i, w, bits);
                    for (int l = 0; l < 64; l++) {
                        in[t][w * 64 + l][i] = (bits >>> l & 1) != 0;
                    }
                }
            }
            lean.evaluate();
            full.evaluate();
            for (int w = 0; w < WORDS; w++) {
                for (int o = 0; o < n.outputCount(); o++) {
                    got[t][o][w] = lean.output(o, w);
                }
                for (int p : probes) {
                    assertEquals(full.net(p, w), lean.net(p, w), "probe " + n.netName(p) + " in " + n.gates());
                }
            }
            lean.clock();
            full.clock();
            for (int k = 0; k < n.dffGates().length; k++) {
                for (int w = 0; w < WORDS; w++) {
                    assertEquals(full.state(k, w), lean.state(k, w), "flip-flop " + k + " in " + n.gates());
                }
            }
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
                    boolean bit = (got[t][o][lane / 64] >>> (lane % 64) & 1) != 0;
                    assertEquals(expected.get(t)[o], bit, "output " + o + " cycle " + t + " lane " + lane + " faults " + faults + " in " + n.gates());
                }
            }
        }
    }
}
