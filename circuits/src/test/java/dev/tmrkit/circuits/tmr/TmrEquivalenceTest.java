package dev.tmrkit.circuits.tmr;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.bench.BenchWriter;
import dev.tmrkit.circuits.io.blif.BlifReader;
import dev.tmrkit.circuits.io.blif.BlifWriter;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.tmr.check.Counterexample;
import dev.tmrkit.circuits.tmr.check.Equivalence;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The core law: without faults, TMR(N) computes N, whatever the options (and the mismatch output stays 0). */
class TmrEquivalenceTest {
    private static final long SEED = 0x7317_0001L;
    private static final Equivalence.Settings SEQUENTIAL = new Equivalence.Settings(512, 24, 5);

    private static void assertEquivalent(Netlist original, TmrOptions options) {
        Netlist tmr = new TmrPass(options).apply(original);
        Optional<Counterexample> cex = Equivalence.check(original, tmr, SEQUENTIAL);
        assertTrue(cex.isEmpty(),
                () -> options.describe() + ": " + cex.get().describe() + "\n" + new BenchWriter().write(original));
    }

    @Test
    void everyCombinationOfOptionsPreservesCombinationalFunctions() {
        List<TmrOptions> all = AllOptions.all();
        assertEquals(48, all.size());
        qt().withFixedSeed(SEED).withExamples(60).forAll(RandomNetlists.combinational(6, 30)).checkAssert(n -> {
            for (TmrOptions o : all) {
                assertEquivalent(n, o);
            }
        });
    }

    @Test
    void everyCombinationOfOptionsPreservesSequentialBehaviour() {
        List<TmrOptions> all = AllOptions.all();
        qt().withFixedSeed(SEED).withExamples(40).forAll(RandomNetlists.sequential(4, 20, 4)).checkAssert(n -> {
            for (TmrOptions o : all) {
                assertEquivalent(n, o);
            }
        });
    }

    @Test
    void excludedNetsStaySingleAndTheFunctionIsPreserved() {
        List<TmrOptions> all = AllOptions.all();
        qt().withFixedSeed(SEED).withExamples(40).forAll(RandomNetlists.sequential(4, 20, 3), SourceDSL.longs().all())
                .checkAssert((n, seed) -> {
                    Set<String> exclude = randomNets(n, new SplittableRandom(seed));
                    for (TmrOptions o : all) {
                        TmrOptions with = o.withExclude(exclude);
                        assertEquivalent(n, with);
                        Netlist tmr = new TmrPass(with).apply(n);
                        for (String e : exclude) {
                            int net = tmr.netId(e);
                            assertTrue(net >= 0, e);
                            for (Replica r : Replica.ALL) {
                                assertEquals(-1, tmr.netId(TmrNames.replica(r, e)), "no replica of excluded " + e);
                            }
                        }
                    }
                });
    }

    @Test
    void theLawHoldsAfterAWriteAndReadBackInBothFormats() {
        qt().withFixedSeed(SEED).withExamples(30).forAll(RandomNetlists.sequential(4, 20, 3)).checkAssert(n -> {
            for (TmrOptions o : AllOptions.all()) {
                Netlist tmr = new TmrPass(o).apply(n);
                Netlist bench = new BenchReader().parse(new BenchWriter().write(tmr));
                Netlist blif = new BlifReader().parse(new BlifWriter().write(tmr));
                assertEquals(tmr, bench);
                assertEquals(tmr, blif);
                assertTrue(Equivalence.check(n, bench, SEQUENTIAL).isEmpty(), o.describe());
            }
        });
    }

    @Test
    void builtInsAreEquivalentUnderTheDefaultSettings() {
        for (String spec : List.of("c17", "full-adder", "ripple-adder:12", "comparator:6:41", "counter:4", "voter")) {
            Netlist n = BuiltinCircuits.byName(spec).orElseThrow();
            for (TmrOptions o : AllOptions.all()) {
                Netlist tmr = new TmrPass(o).apply(n);
                Equivalence.Verdict v = Equivalence.verify(n, tmr, Equivalence.Settings.DEFAULT);
                assertTrue(v.equivalent(), () -> spec + " " + o.describe() + ": " + v.counterexample().get().describe());
                if (n.isSequential()) {
                    assertEquals(32, v.cycles());
                    assertEquals(100_000, v.patterns());
                } else if (n.inputCount() <= Equivalence.EXHAUSTIVE_LIMIT) {
                    assertTrue(v.exhaustive());
                    assertEquals(1L << n.inputCount(), v.patterns());
                }
            }
        }
    }

    @Test
    void wideCombinationalCircuitsGetAtLeastOneHundredThousandRandomPatterns() {
        Netlist adder = BuiltinCircuits.byName("ripple-adder:12").orElseThrow();
        Equivalence.Verdict v = Equivalence.verify(adder, new TmrPass(TmrOptions.defaults()).apply(adder),
                Equivalence.Settings.DEFAULT);
        assertEquals(25, adder.inputCount());
        assertTrue(!v.exhaustive() && v.patterns() >= 100_000 && v.cycles() == 1, v.describePatterns());
        assertEquals("100000 random patterns, seed 1", v.describePatterns());
    }

    /** About a quarter of the nets, chosen by the seed. */
    private static Set<String> randomNets(Netlist n, SplittableRandom r) {
        Set<String> out = new TreeSet<>();
        for (int net = 0; net < n.netCount(); net++) {
            if (r.nextInt(4) == 0) {
                out.add(n.netName(net));
            }
        }
        return out;
    }
}
