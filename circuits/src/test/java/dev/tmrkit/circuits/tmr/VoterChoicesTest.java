package dev.tmrkit.circuits.tmr;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.campaign.model.CampaignResult;
import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.circuits.io.TmrRulesReader;
import dev.tmrkit.circuits.library.C17;
import dev.tmrkit.circuits.library.SyncCounter;
import dev.tmrkit.circuits.tmr.TmrOptions.InputMode;
import dev.tmrkit.circuits.tmr.check.Equivalence;
import dev.tmrkit.circuits.tmr.TmrOptions.OutputMode;
import dev.tmrkit.circuits.tmr.TmrOptions.RegisterVoting;
import dev.tmrkit.circuits.tmr.TmrOptions.Scope;
import dev.tmrkit.circuits.tmr.TmrOptions.VoterMode;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.Pin;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Choosing where voters go: exclusions and votes by name or glob, voters before or after the flip-flops,
 * a constraints file. Without faults the TMR netlist still computes the original; with faults, every fault
 * the pass claims to mask ({@link TmrRoles#masksSingleFaults}) is masked in an exhaustive campaign, while
 * faults in excluded parts may get through.
 */
class VoterChoicesTest {
    private static final Equivalence.Settings SEQUENTIAL = new Equivalence.Settings(512, 24, 5);

    @Test
    void globsMatchWholeNamesWithStarAndQuestionMark() {
        assertTrue(new NetPattern("u_alu.*").matches("u_alu.sum3"));
        assertTrue(new NetPattern("u_alu.*").matches("u_alu."), "* matches nothing too");
        assertFalse(new NetPattern("u_alu.*").matches("u_alux"));
        assertTrue(new NetPattern("q?").matches("q7"));
        assertFalse(new NetPattern("q?").matches("q10"));
        assertTrue(new NetPattern("*a*b*").matches("xxaybz"));
        assertFalse(new NetPattern("*a*b").matches("xxaybz"));
        assertTrue(new NetPattern("G1").isLiteral() && new NetPattern("G1").matches("G1") && !new NetPattern("G1").matches("G10"));
        assertThrows(IllegalArgumentException.class, () -> new NetPattern(""));
    }

    /** Nets worth voting: gate outputs not excluded whose readers include a replicated gate. */
    private static List<String> votable(Netlist n, Set<String> exclude) {
        List<String> out = new ArrayList<>();
        for (int g = 0; g < n.gateCount(); g++) {
            Gate gate = n.gate(g);
            String name = n.netName(gate.output());
            if (gate.type().isConstant() || exclude.contains(name)) {
                continue;
            }
            for (Pin p : n.fanoutPins(gate.output())) {
                if (!exclude.contains(n.netName(n.gate(p.gate()).output()))) {
                    out.add(name);
                    break;
                }
            }
        }
        return out;
    }

    private static Set<String> some(List<String> names, SplittableRandom r, int outOf) {
        Set<String> s = new TreeSet<>();
        for (String name : names) {
            if (r.nextInt(outOf) == 0) {
                s.add(name);
            }
        }
        return s;
    }

    private static List<String> gateOutputs(Netlist n) {
        List<String> out = new ArrayList<>();
        for (int g = 0; g < n.gateCount(); g++) {
            out.add(n.netName(n.gate(g).output()));
        }
        return out;
    }

    private static TmrOptions randomChoices(Netlist n, SplittableRandom r) {
        Set<String> exclude = some(gateOutputs(n), r, 5);
        Set<String> vote = some(votable(n, exclude), r, 3);
        Scope scope = Scope.values()[r.nextInt(3)];
        RegisterVoting registers = scope == Scope.REGISTERS && r.nextBoolean() ? RegisterVoting.AFTER : RegisterVoting.BEFORE;
        return new TmrOptions(scope, VoterMode.values()[r.nextInt(2)], InputMode.values()[r.nextInt(2)],
                OutputMode.values()[r.nextInt(2)], r.nextBoolean(), exclude, vote, registers);
    }

    @Test
    void withChosenVotersAndExclusionsTmrStillComputesTheOriginal() {
        qt().withExamples(150).forAll(RandomNetlists.sequential(4, 20, 4), SourceDSL.longs().all()).checkAssert((n, seed) -> {
            TmrOptions o = randomChoices(n, new SplittableRandom(seed));
            Netlist tmr = new TmrPass(o).apply(n);
            var cex = Equivalence.check(n, tmr, SEQUENTIAL);
            assertTrue(cex.isEmpty(), () -> o.describe() + ": " + cex.get().describe());
            for (String v : o.vote()) {
                assertTrue(tmr.netId(TmrNames.voter(Replica.A, v)) >= 0 || tmr.netId(TmrNames.singleVoter(v)) >= 0,
                        () -> "a voter on chosen net " + v);
            }
        });
    }

    private static CampaignResult exhaustive(Netlist harness, OutputCheck check, List<Fault> faults) {
        PatternSet p = PatternSet.choose(harness.inputCount(), false, 1, 1, 1);
        assertTrue(p.exhaustive());
        return new FaultSetCampaign(harness, p, check, false).run(faults, 2, ProgressListener.NONE);
    }

    @Test
    void everyFaultThePassClaimsToMaskIsMaskedInTheExhaustiveCampaign() {
        qt().withExamples(60).forAll(RandomNetlists.combinational(6, 20), SourceDSL.longs().all()).checkAssert((n, seed) -> {
            SplittableRandom r = new SplittableRandom(seed);
            Set<String> exclude = some(gateOutputs(n), r, 4);
            Set<String> vote = some(votable(n, exclude), r, 3);
            InputMode inputs = InputMode.values()[r.nextInt(2)];
            // the harness ties triplicated inputs under their original names, which a reduced output of an input
            // net would drive a second time: triplicated inputs go with triplicated outputs here
            OutputMode outputs = inputs == InputMode.TRIPLICATED ? OutputMode.TRIPLICATED : OutputMode.values()[r.nextInt(2)];
            TmrOptions o = new TmrOptions(r.nextBoolean() ? Scope.GATES : Scope.OUTPUTS, VoterMode.values()[r.nextInt(2)],
                    inputs, outputs, r.nextBoolean(), exclude, vote, RegisterVoting.BEFORE);
            Netlist tmr = new TmrPass(o).apply(n);
            Netlist harness = Harness.tieInputs(tmr);
            List<Fault> faults = new ArrayList<>();
            for (Fault f : FaultLists.allStuckAt(harness)) {
                int net = f.site().net(harness);
                if (!Harness.isHarnessNet(harness, tmr, net) && TmrRoles.masksSingleFaults(harness, net)) {
                    faults.add(f);
                }
            }
            OutputCheck check = o.outputs() == OutputMode.TRIPLICATED ? OutputCheck.TRIPLICATED : OutputCheck.EXACT;
            int mismatch = harness.outputNames().lastIndexOf(TmrNames.MISMATCH);
            for (FaultResult f : new FaultSetCampaign(harness, PatternSet.choose(harness.inputCount(), false, 1, 1, 1), check,
                    mismatch, false).run(faults, 2, ProgressListener.NONE).results()) {
                assertEquals(Outcome.MASKED, f.outcome(), () -> o.describe() + ": " + f.site() + " " + f.kind());
            }
        });
    }

    @Test
    void onC17AnExcludedGateIsASinglePointOfFailureAndItsReplicatedVersionIsNot() {
        Netlist c17 = C17.netlist();
        TmrOptions o = TmrOptions.defaults().withOutputs(OutputMode.TRIPLICATED).withInputs(InputMode.TRIPLICATED)
                .withExclude(Set.of("16"));
        Netlist tmr = new TmrPass(o).apply(c17);
        Netlist harness = Harness.tieInputs(tmr);
        List<Fault> all = new ArrayList<>();
        for (Fault f : FaultLists.allStuckAt(harness)) {
            if (!Harness.isHarnessNet(harness, tmr, f.site().net(harness))) {
                all.add(f);
            }
        }
        CampaignResult r = exhaustive(harness, OutputCheck.TRIPLICATED, all);
        int claimed = 0;
        int excludedSilent = 0;
        for (FaultResult f : r.results()) {
            int net = f.fault().site().net(harness);
            if (TmrRoles.masksSingleFaults(harness, net)) {
                claimed++;
                assertEquals(Outcome.MASKED, f.outcome(), f.site() + " " + f.kind());
            } else if (harness.netName(net).equals("16") && f.fault().site() instanceof dev.tmrkit.gates.fault.Site.Stem) {
                assertEquals(Outcome.SILENT, f.outcome(), "the excluded gate's output feeds all three replicas");
                excludedSilent++;
            }
        }
        assertEquals(2, excludedSilent, "16 stuck-at-0 and stuck-at-1");
        assertTrue(claimed > 100, "most of the netlist is protected: " + claimed);
        // without the exclusion, the same gate's copies are protected
        Netlist full = new TmrPass(o.withExclude(Set.of())).apply(c17);
        assertTrue(TmrRoles.masksSingleFaults(full, full.netId(TmrNames.replica(Replica.A, "16"))));
        assertFalse(TmrRoles.masksSingleFaults(tmr, tmr.netId("16")));
    }

    @Test
    void votersAfterTheFlipFlopsVoteTheirOutputsAndBeforeTheirNextStates() {
        Netlist counter = SyncCounter.netlist(3);
        TmrOptions before = TmrOptions.defaults().withScope(Scope.REGISTERS);
        TmrReport b = new TmrPass(before).run(counter).report();
        TmrReport a = new TmrPass(before.withRegisters(RegisterVoting.AFTER)).run(counter).report();
        for (String q : List.of("q0", "q1", "q2")) {
            assertTrue(a.placements().stream().anyMatch(p -> p.net().equals(q) && p.reason().contains("after flip-flop " + q)),
                    () -> a.placements().toString());
            assertTrue(b.placements().stream().noneMatch(p -> p.net().equals(q) && p.kind() == VoterKind.TRIPLICATED));
            int d = counter.gate(counter.driver(counter.netId(q))).input(0);
            String next = counter.netName(d);
            assertTrue(b.placements().stream().anyMatch(p -> p.net().equals(next) && p.reason().contains("next state")));
        }
        assertThrows(IllegalArgumentException.class, () -> TmrOptions.defaults().withRegisters(RegisterVoting.AFTER),
                "after the flip-flops is a choice of scope registers");
        assertTrue(Equivalence.check(counter, new TmrPass(before.withRegisters(RegisterVoting.AFTER)).apply(counter), SEQUENTIAL)
                .isEmpty());
    }

    @Test
    void aVoteOnANetThatCannotBeVotedIsRefused() {
        Netlist c17 = C17.netlist();
        IllegalArgumentException input = assertThrows(IllegalArgumentException.class,
                () -> new TmrPass(TmrOptions.defaults().withVote(Set.of("1"))).apply(c17));
        assertTrue(input.getMessage().contains("a shared input"), input.getMessage());
        IllegalArgumentException output = assertThrows(IllegalArgumentException.class,
                () -> new TmrPass(TmrOptions.defaults().withVote(Set.of("22"))).apply(c17));
        assertTrue(output.getMessage().contains("reduction voter votes it already"), output.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> new TmrPass(TmrOptions.defaults().withExclude(Set.of("9*"))).apply(c17));
        assertTrue(none.getMessage().contains("no net that matches it"), none.getMessage());
        Netlist tmr = new TmrPass(TmrOptions.defaults().withVote(Set.of("1?"))).apply(c17);
        for (String v : List.of("10", "11", "16", "19")) {
            assertTrue(tmr.netId(TmrNames.voter(Replica.B, v)) >= 0, v);
        }
        // a glob votes the nets it can: here not the excluded 16
        Netlist some = new TmrPass(TmrOptions.defaults().withVote(Set.of("1?")).withExclude(Set.of("16"))).apply(c17);
        assertEquals(-1, some.netId(TmrNames.voter(Replica.B, "16")));
        assertTrue(some.netId(TmrNames.voter(Replica.B, "11")) >= 0);
        assertThrows(IllegalArgumentException.class, () -> new TmrPass(TmrOptions.defaults().withVote(Set.of("16"))
                .withExclude(Set.of("16"))).apply(c17), "a name that cannot be voted is refused");
    }

    @Test
    void aConstraintsFileExcludesVotesAndChoosesRegisterVoting() throws Exception {
        TmrRules rules = TmrRulesReader.read("r.tmr", new StringReader(
                "# keep the adder single\nexclude u_add.*  x1\nvote q?   # after these registers\nregisters after\n"));
        assertEquals(3, rules.entries().size());
        assertEquals(new TmrRules.Entry(TmrRules.Kind.VOTE, "q?", 3, 6), rules.entries().get(2));
        TmrOptions o = rules.applyTo(TmrOptions.defaults().withScope(Scope.REGISTERS));
        assertEquals(Set.of("u_add.*", "x1"), o.exclude());
        assertEquals(Set.of("q?"), o.vote());
        assertEquals(RegisterVoting.AFTER, o.registers());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rules.check(C17.netlist()));
        assertEquals("r.tmr:2:9: exclude 'u_add.*' matches no net of 'c17'", e.getMessage());
        ParseException unknown = assertThrows(ParseException.class,
                () -> TmrRulesReader.read("r.tmr", new StringReader("\n  triplicate x\n")));
        assertEquals(2, unknown.line());
        assertEquals(3, unknown.column());
        ParseException bad = assertThrows(ParseException.class,
                () -> TmrRulesReader.read("r.tmr", new StringReader("registers sideways\n")));
        assertEquals("r.tmr:1:11: registers takes before or after, not 'sideways'", bad.getMessage());
        ParseException bare = assertThrows(ParseException.class, () -> TmrRulesReader.read("r.tmr", new StringReader("vote\n")));
        assertEquals(5, bare.column());
    }
}
