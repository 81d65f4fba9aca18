package dev.tmrkit.circuits.tmr;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.bench.BenchWriter;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.tmr.TmrOptions.InputMode;
import dev.tmrkit.circuits.tmr.TmrOptions.OutputMode;
import dev.tmrkit.circuits.tmr.TmrOptions.Scope;
import dev.tmrkit.circuits.tmr.TmrOptions.VoterMode;
import dev.tmrkit.circuits.tmr.check.Equivalence;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shape of TMR netlists: gate and voter counts per option, names, ports, and the report's arithmetic. */
class TmrStructureTest {
    private static final long SEED = 0x7317_0003L;

    /** y = a AND b. */
    private static Netlist and2() {
        return Netlist.builder("and").input("a").input("b").output("y").gate(GateType.AND, "y", "a", "b").build();
    }

    /** g = a AND b, y = NOT g: an internal gate, so scope gates has something to vote. */
    private static Netlist andNot() {
        return Netlist.builder("and-not").input("a").input("b").output("y")
                .gate(GateType.AND, "g", "a", "b").gate(GateType.NOT, "y", "g").build();
    }

    private static TmrResult tmr(Netlist n, TmrOptions o) {
        return new TmrPass(o).run(n);
    }

    private static Map<GateType, Integer> types(Netlist n) {
        Map<GateType, Integer> m = new EnumMap<>(GateType.class);
        for (Gate g : n.gates()) {
            m.merge(g.type(), 1, Integer::sum);
        }
        return m;
    }

    @Test
    void theDefaultTmrOfAnAndGateIsThreeCopiesAndAReductionVoter() {
        String golden = String.join("\n",
                "# and-tmr",
                "# 2 inputs, 2 outputs, 10 gates, 0 D flip-flops",
                "# written by tmrkit",
                "",
                "INPUT(a)",
                "INPUT(b)",
                "",
                "OUTPUT(y)",
                "OUTPUT($tmr$mismatch)",
                "",
                "$tmr$A$y = AND(a, b)",
                "$tmr$B$y = AND(a, b)",
                "$tmr$C$y = AND(a, b)",
                "$tmr$reduce$y$ab = AND($tmr$A$y, $tmr$B$y)",
                "$tmr$diff$y$ab = XOR($tmr$A$y, $tmr$B$y)",
                "$tmr$reduce$y$bc = AND($tmr$B$y, $tmr$C$y)",
                "$tmr$reduce$y$ac = AND($tmr$A$y, $tmr$C$y)",
                "$tmr$diff$y$bc = XOR($tmr$B$y, $tmr$C$y)",
                "y = OR($tmr$reduce$y$ab, $tmr$reduce$y$bc, $tmr$reduce$y$ac)",
                "$tmr$mismatch = OR($tmr$diff$y$ab, $tmr$diff$y$bc)",
                "");
        assertEquals(golden, new BenchWriter().write(tmr(and2(), TmrOptions.defaults().withMismatch(true)).netlist()));
    }

    @Test
    void gateAndVoterCountsOfTheAndGatePerOption() {
        TmrOptions d = TmrOptions.defaults();
        // options -> {gates, single voters, triplicated voters, reduction voters}
        Map<TmrOptions, int[]> expected = Map.of(
                d, new int[] {3 + 4, 0, 0, 1},
                d.withMismatch(true), new int[] {3 + 4 + 3, 0, 0, 1},
                d.withOutputs(OutputMode.TRIPLICATED), new int[] {3 + 12, 0, 3, 0},
                d.withOutputs(OutputMode.TRIPLICATED).withVoters(VoterMode.SINGLE), new int[] {3 + 4, 1, 0, 0},
                d.withScope(Scope.GATES), new int[] {3 + 4, 0, 0, 1},
                d.withInputs(InputMode.TRIPLICATED), new int[] {3 + 4, 0, 0, 1},
                d.withExclude(Set.of("y")), new int[] {1, 0, 0, 0});
        expected.forEach((o, want) -> {
            TmrResult r = tmr(and2(), o);
            String what = o.describe();
            assertEquals(want[0], r.netlist().gateCount(), what);
            assertEquals(want[1], r.report().voters(VoterKind.SINGLE), what);
            assertEquals(want[2], r.report().voters(VoterKind.TRIPLICATED), what);
            assertEquals(want[3], r.report().voters(VoterKind.REDUCTION), what);
        });
    }

    @Test
    void fullTmrOfAnAndGateIsTheTextbookThreeGatesAndThreeVoters() {
        TmrOptions o = TmrOptions.defaults().withInputs(InputMode.TRIPLICATED).withOutputs(OutputMode.TRIPLICATED);
        Netlist t = tmr(and2(), o).netlist();
        Netlist textbook = BuiltinCircuits.byName("tmr-gate").orElseThrow();
        assertEquals(types(textbook), types(t));
        assertEquals(List.of("$tmr$A$a", "$tmr$B$a", "$tmr$C$a", "$tmr$A$b", "$tmr$B$b", "$tmr$C$b"), t.inputNames());
        assertEquals(List.of("$tmr$voteA$y", "$tmr$voteB$y", "$tmr$voteC$y"), t.outputNames());
        Gate replicaA = t.gate(t.driver(t.netId("$tmr$A$y")));
        assertEquals(List.of("$tmr$A$a", "$tmr$A$b"), List.of(t.netName(replicaA.input(0)), t.netName(replicaA.input(1))));
    }

    @Test
    void singleVotersGiveEveryOutputCopyTheSameNet() {
        Netlist t = tmr(and2(), TmrOptions.defaults().withVoters(VoterMode.SINGLE).withOutputs(OutputMode.TRIPLICATED)).netlist();
        assertEquals(List.of("$tmr$vote$y", "$tmr$vote$y", "$tmr$vote$y"), t.outputNames());
    }

    @Test
    void scopeGatesVotesInternalGatesAndEachReplicaReadsItsOwnVoter() {
        TmrResult r = tmr(andNot(), TmrOptions.defaults().withScope(Scope.GATES));
        Netlist t = r.netlist();
        assertEquals(6 + 3 * 4 + 4, t.gateCount());
        // in original net order: y was named first (as the output)
        assertEquals(List.of(new VoterPlacement("y", VoterKind.REDUCTION, "primary output y"),
                new VoterPlacement("g", VoterKind.TRIPLICATED, "after gate g (scope gates)")), r.report().placements());
        for (Replica x : Replica.ALL) {
            Gate not = t.gate(t.driver(t.netId(TmrNames.replica(x, "y"))));
            assertEquals(TmrNames.voter(x, "g"), t.netName(not.input(0)));
        }
        TmrResult single = tmr(andNot(), TmrOptions.defaults().withScope(Scope.GATES).withVoters(VoterMode.SINGLE));
        for (Replica x : Replica.ALL) {
            Gate not = single.netlist().gate(single.netlist().driver(single.netlist().netId(TmrNames.replica(x, "y"))));
            assertEquals("$tmr$vote$g", single.netlist().netName(not.input(0)));
        }
        assertEquals(6 + 4 + 4, single.netlist().gateCount());
    }

    @Test
    void anExcludedGateStaysSingleAndReadsTheVoteOfItsInputs() {
        TmrResult r = tmr(andNot(), TmrOptions.defaults().withExclude(Set.of("y")));
        Netlist t = r.netlist();
        Gate not = t.gate(t.driver(t.netId("y")));
        assertEquals(GateType.NOT, not.type());
        assertEquals("$tmr$vote$g", t.netName(not.input(0)));
        assertEquals(1, r.report().unreplicatedGates());
        assertEquals(List.of(new VoterPlacement("g", VoterKind.SINGLE, "read by unreplicated gate y")), r.report().placements());
        assertEquals(TmrRoles.Region.UNREPLICATED, TmrRoles.regionOf(t, t.netId("y")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tmr(andNot(), TmrOptions.defaults().withExclude(Set.of("nope"))));
        assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
    }

    @Test
    void registersScopeVotesEveryNextStateAsFeedback() {
        Netlist counter = BuiltinCircuits.byName("counter:3").orElseThrow();
        TmrResult r = tmr(counter, TmrOptions.defaults().withScope(Scope.REGISTERS));
        List<String> reasons = r.report().placements().stream().filter(p -> p.kind() == VoterKind.TRIPLICATED)
                .map(VoterPlacement::reason).toList();
        assertEquals(List.of("DFF q0 next state (feedback)", "DFF q1 next state (feedback)", "DFF q2 next state (feedback)"),
                reasons);
        for (Replica x : Replica.ALL) {
            Gate dff = r.netlist().gate(r.netlist().driver(r.netlist().netId(TmrNames.replica(x, "q1"))));
            assertEquals(GateType.DFF, dff.type());
            assertEquals(TmrNames.voter(x, "d1"), r.netlist().netName(dff.input(0)));
        }
        Netlist adder = BuiltinCircuits.byName("full-adder").orElseThrow();
        assertEquals(tmr(adder, TmrOptions.defaults()).netlist(),
                tmr(adder, TmrOptions.defaults().withScope(Scope.REGISTERS)).netlist(),
                "for a combinational circuit, registers is outputs");
    }

    @Test
    void aUserNetInTheGeneratedNamespaceIsRefused() {
        Netlist n = Netlist.builder("clash").input("x").output("$tmr$A$x").gate(GateType.NOT, "$tmr$A$x", "x").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tmr(n, TmrOptions.defaults()));
        assertTrue(e.getMessage().contains("'$tmr$A$x'") && e.getMessage().contains("reserves"), e.getMessage());
        Netlist once = tmr(and2(), TmrOptions.defaults()).netlist();
        assertThrows(IllegalArgumentException.class, () -> tmr(once, TmrOptions.defaults()), "TMR of a TMR netlist");
    }

    @Test
    void userNamesWithDollarsCannotCollideWithGeneratedOnes() {
        // x$ab is the suffix form of x's voter terms; A$x the letter form; vote$x a keyword; all must coexist.
        Netlist n = Netlist.builder("dollars").input("x").input("A$x").output("x$ab").output("vote$x").output("y")
                .gate(GateType.NOT, "x$ab", "x").gate(GateType.AND, "vote$x", "x$ab", "A$x")
                .gate(GateType.OR, "y", "vote$x", "x$ab", "x").build();
        for (TmrOptions o : AllOptions.all()) {
            for (Set<String> exclude : List.of(Set.<String>of(), Set.of("vote$x"))) {
                TmrOptions with = o.withExclude(exclude);
                Netlist t = tmr(n, with).netlist();
                assertTrue(Equivalence.check(n, t).isEmpty(), with.describe());
            }
        }
    }

    @Test
    void everyNetIsAnOriginalNameOrAGeneratedOneAndTheReportAddsUp() {
        qt().withFixedSeed(SEED).withExamples(40).forAll(RandomNetlists.sequential(5, 25, 3)).checkAssert(n -> {
            for (TmrOptions o : AllOptions.all()) {
                TmrResult r = tmr(n, o);
                Netlist t = r.netlist();
                TmrReport rep = r.report();
                for (int net = 0; net < t.netCount(); net++) {
                    String name = t.netName(net);
                    assertTrue(TmrNames.isTmrName(name) || n.netId(name) >= 0, name);
                    TmrRoles.Role role = TmrRoles.roleOf(name);
                    assertTrue(role.region() == TmrRoles.Region.MISMATCH || n.netId(role.original()) >= 0, name);
                }
                assertEquals(t.gateCount(), rep.replicaGates() + rep.unreplicatedGates() + rep.voterGates()
                        + rep.reductionGates() + rep.mismatchGates());
                assertEquals(t.gateCount(), rep.tmrGates());
                assertEquals(3 * n.gateCount(), rep.replicaGates());
                assertEquals(4 * (rep.voters(VoterKind.SINGLE) + rep.voters(VoterKind.TRIPLICATED)), rep.voterGates());
                assertEquals(4 * rep.voters(VoterKind.REDUCTION), rep.reductionGates());
                int placed = 0;
                for (VoterPlacement p : rep.placements()) {
                    placed += p.kind().instances();
                }
                assertEquals(rep.totalVoters(), placed);
                assertEquals(o.mismatch() ? n.outputCount() * (o.outputs() == OutputMode.REDUCED ? 1 : 3) + 1
                        : n.outputCount() * (o.outputs() == OutputMode.REDUCED ? 1 : 3), t.outputCount());
                if (o.inputs() == InputMode.SHARED && o.outputs() == OutputMode.REDUCED) {
                    assertEquals(n.inputNames(), t.inputNames(), "drop-in replacement: same inputs");
                    assertEquals(n.outputNames(), t.outputNames().subList(0, n.outputCount()), "same outputs");
                }
            }
        });
    }
}
