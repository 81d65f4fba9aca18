package dev.tmrkit.circuits.tmr.check;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.tmr.Replica;
import dev.tmrkit.circuits.tmr.TmrNames;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Location;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.NetlistBuilder;
import dev.tmrkit.gates.eval.Patterns;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The checker finds real differences, says where, and refuses netlists whose ports do not correspond. */
class EquivalenceTest {
    private static Netlist and2() {
        return Netlist.builder("and").input("a").input("b").output("y").gate(GateType.AND, "y", "a", "b").build();
    }

    @Test
    void aWrongReductionVoterIsCaughtWithTheInputsThatShowIt() {
        Netlist wrong = Netlist.builder("bad").input("a").input("b").output("y").gate(GateType.OR, "y", "a", "b").build();
        Equivalence.Verdict v = Equivalence.verify(and2(), wrong, Equivalence.Settings.DEFAULT);
        assertFalse(v.equivalent());
        assertTrue(v.exhaustive());
        assertEquals(4, v.patterns());
        Counterexample c = v.counterexample().orElseThrow();
        assertEquals("y", c.name());
        assertEquals(0, c.cycle());
        assertEquals(List.of("01"), c.inputs(), "the first differing exhaustive pattern: a=0, b=1");
        assertFalse(c.expected());
        assertTrue(c.actual());
        assertEquals("output y (port 0) is 1, expected 0 for inputs 01", c.describe());
    }

    @Test
    void aMismatchOutputThatIsNotZeroIsADifference() {
        Netlist tmr = Netlist.builder("bad").input("a").input("b").output("y").output(TmrNames.MISMATCH)
                .gate(GateType.AND, "y", "a", "b").gate(GateType.CONST1, TmrNames.MISMATCH).build();
        Counterexample c = Equivalence.check(and2(), tmr).orElseThrow();
        assertEquals(TmrNames.MISMATCH, c.name());
        assertEquals(1, c.output());
    }

    @Test
    void triplicatedInputCopiesAreDrivenAlikeAndTriplicatedOutputsEachCompared() {
        NetlistBuilder b = Netlist.builder("t");
        for (String in : List.of("a", "b")) {
            for (Replica r : Replica.ALL) {
                b.input(TmrNames.replica(r, in));
            }
        }
        for (Replica r : Replica.ALL) {
            b.output(TmrNames.voter(r, "y"));
            b.gate(GateType.AND, TmrNames.voter(r, "y"), TmrNames.replica(r, "a"), TmrNames.replica(r, "b"));
        }
        assertTrue(Equivalence.check(and2(), b.build()).isEmpty());
        NetlistBuilder bad = NetlistBuilder.copyOf(and2(), "t");
        bad.output(TmrNames.voter(Replica.B, "y")).gate(GateType.NAND, TmrNames.voter(Replica.B, "y"), "a", "b");
        assertEquals(1, Equivalence.check(and2(), bad.build()).orElseThrow().output());
    }

    @Test
    void aDifferenceThatAppearsOnlyAfterSomeClocksIsFound() {
        // q counts toggles of t; the impostor's flip-flop ignores t after the first cycle.
        Netlist toggle = Netlist.builder("toggle").input("t").output("q")
                .gate(GateType.XOR, "d", "q", "t").dff("q", "d").build();
        Netlist sticky = Netlist.builder("sticky").input("t").output("q")
                .gate(GateType.OR, "d", "q", "t").dff("q", "d").build();
        Equivalence.Verdict v = Equivalence.verify(toggle, sticky, new Equivalence.Settings(64, 8, 3));
        Counterexample c = v.counterexample().orElseThrow();
        assertTrue(c.cycle() >= 2, "a difference needs two 1s on t first: " + c.describe());
        assertEquals(c.cycle() + 1, c.inputs().size());
        List<boolean[]> seq = new ArrayList<>();
        for (String s : c.inputs()) {
            seq.add(new boolean[] {s.charAt(0) == '1'});
        }
        boolean good = new ReferenceEvaluator(toggle).run(seq).get(c.cycle())[0];
        boolean bad = new ReferenceEvaluator(sticky).run(seq).get(c.cycle())[0];
        assertEquals(good, c.expected());
        assertEquals(bad, c.actual());
        assertTrue(good != bad);
    }

    @Test
    void aReportedDifferenceReplaysOnTheReferenceEvaluatorAndNoneIsMissed() {
        // A random netlist against a copy with one gate's type changed: the checker is exhaustive here, so it
        // must report a difference exactly when the reference evaluator sees one.
        qt().withFixedSeed(0x7317_0004L).withExamples(300).forAll(RandomNetlists.combinational(5, 15), SourceDSL.longs().all())
                .checkAssert(EquivalenceTest::checkAgainstAMutant);
    }

    private static void checkAgainstAMutant(Netlist x, long seed) {
        Netlist y = mutateOneGate(x, new SplittableRandom(seed));
        Optional<Counterexample> c = Equivalence.check(x, y);
        ReferenceEvaluator rx = new ReferenceEvaluator(x);
        ReferenceEvaluator ry = new ReferenceEvaluator(y);
        boolean differ = false;
        for (long p = 0; p < 1L << x.inputCount(); p++) {
            boolean[] in = new boolean[x.inputCount()];
            for (int i = 0; i < in.length; i++) {
                in[i] = Patterns.exhaustiveBit(i, in.length, p);
            }
            differ |= !Arrays.equals(rx.evaluate(in), ry.evaluate(in));
        }
        assertEquals(differ, c.isPresent());
        if (c.isPresent()) {
            boolean[] in = new boolean[x.inputCount()];
            for (int i = 0; i < in.length; i++) {
                in[i] = c.get().inputs().get(0).charAt(i) == '1';
            }
            int o = c.get().output();
            assertEquals(c.get().expected(), rx.evaluate(in)[o]);
            assertEquals(c.get().actual(), ry.evaluate(in)[o]);
        }
    }

    private static Netlist mutateOneGate(Netlist x, SplittableRandom r) {
        int victim = r.nextInt(x.gateCount());
        NetlistBuilder b = Netlist.builder("mutant");
        for (String in : x.inputNames()) {
            b.input(in);
        }
        for (String out : x.outputNames()) {
            b.output(out);
        }
        for (int g = 0; g < x.gateCount(); g++) {
            Gate gate = x.gate(g);
            GateType t = gate.type();
            if (g == victim) {
                List<GateType> same = new ArrayList<>();
                for (GateType u : GateType.values()) {
                    if (u != t && u != GateType.DFF && u.acceptsArity(gate.arity())) {
                        same.add(u);
                    }
                }
                t = same.get(r.nextInt(same.size()));
            }
            List<String> ins = new ArrayList<>();
            for (int in : gate.inputs()) {
                ins.add(x.netName(in));
            }
            b.gate(t, x.netName(gate.output()), ins, Location.NONE);
        }
        return b.build();
    }

    @Test
    void portsThatDoNotCorrespondAreRefused() {
        Netlist other = Netlist.builder("o").input("a").input("c").output("y").gate(GateType.AND, "y", "a", "c").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Equivalence.check(and2(), other));
        assertTrue(e.getMessage().contains("'c'"), e.getMessage());
        Netlist noY = Netlist.builder("o").input("a").input("b").output("z").gate(GateType.AND, "z", "a", "b").build();
        assertThrows(IllegalArgumentException.class, () -> Equivalence.check(and2(), noY));
    }
}
