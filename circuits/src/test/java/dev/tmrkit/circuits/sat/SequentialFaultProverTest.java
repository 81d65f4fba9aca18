package dev.tmrkit.circuits.sat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.model.CampaignResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.faults.FaultCollapsing;
import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.circuits.io.CorpusNetlists;
import dev.tmrkit.circuits.tmr.InputTies;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.CompiledEvaluator;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import dev.tmrkit.gates.eval.Simulation;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sequential fault-masking proofs against exhaustive sequential fault simulation (every input sequence long
 * enough to reach every pair of fault-free and faulty states), against long random campaigns on TMR of
 * ISCAS-89 circuits, and every witness replayed by the scalar reference evaluator.
 */
class SequentialFaultProverTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    static final TmrOptions FULL = TmrOptions.defaults().withScope(TmrOptions.Scope.REGISTERS)
            .withInputs(TmrOptions.InputMode.TRIPLICATED).withOutputs(TmrOptions.OutputMode.TRIPLICATED);

    /**
     * Random small sequential netlists: a netlist with d flip-flops gives at most 4^d pairs of fault-free and
     * faulty states, so a wrong output that any sequence reaches shows within 4^d cycles after the fault
     * first acts. Every input sequence of that length is simulated (bit-parallel, one lane per sequence); the
     * prover, with that depth, must give the same verdict, prove what it calls proven, and witness the rest.
     */
    @Test
    void randomNetlistsAgreeWithExhaustiveSequences() {
        qt().withFixedSeed(20261129).withExamples(120).forAll(RandomNetlists.sequential(2, 10, 2))
                .assuming(n -> n.isSequential() && n.inputCount() * (2 + (1 << 2 * n.dffGates().length)) <= 18)
                .checkAssert(n -> {
                    int states = 1 << 2 * n.dffGates().length;
                    List<List<Fault>> sets = new ArrayList<>();
                    for (Fault f : FaultLists.allStuckAt(n)) {
                        sets.add(List.of(f));
                    }
                    for (int g : n.dffGates()) {
                        for (int c = 0; c <= 1; c++) {
                            sets.add(List.of(BitFlip.at(new Site.Stem(n.gateOutput(g)), c)));
                        }
                    }
                    CampaignPlan.Judging j = new CampaignPlan.Judging(OutputCheck.EXACT, -1, InputTies.none(n.inputCount()));
                    SequentialFaultProver prover = new SequentialFaultProver(n, j,
                            new SequentialProver.Settings(states, 16, 5, LIMIT));
                    for (List<Fault> set : sets) {
                        SequentialFaultProof p = prover.prove(set);
                        boolean wrong = exhaustivelyWrong(n, set, 2 + states);
                        String what = set.get(0).describe(n) + " in " + n + ": " + p;
                        assertEquals(wrong ? FaultProof.Verdict.SILENT : FaultProof.Verdict.MASKED, p.verdict(), what);
                        if (wrong) {
                            assertWitness(n, p, OutputCheck.EXACT, -1);
                        }
                    }
                });
    }

    /**
     * Full TMR (voters on every flip-flop's next state, triplicated voters, inputs and outputs) of ISCAS-89
     * circuits: every collapsed single stuck-at fault masked, and proven so by induction (the invariant: the two
     * other replicas' registers equal the fault-free ones).
     */
    @Test
    void fullTmrOfIscas89MasksEveryFaultProven() {
        for (String name : List.of("s27", "s298", "s344")) {
            Netlist t = new TmrPass(FULL).apply(CorpusNetlists.bench("iscas89", name));
            List<Fault> faults = FaultCollapsing.collapse(t).representatives();
            CampaignPlan.Judging j = CampaignPlan.Judging.of(t, OutputCheck.TRIPLICATED);
            SequentialFaultProver prover = new SequentialFaultProver(t, j, new SequentialProver.Settings(8, 64, 1, LIMIT));
            long proven = 0;
            for (Fault f : faults) {
                SequentialFaultProof p = prover.prove(List.of(f));
                assertEquals(FaultProof.Verdict.MASKED, p.verdict(), name + " " + f.describe(t) + ": " + p);
                proven += p.proven() ? 1 : 0;
            }
            assertEquals(faults.size(), proven, name + ": every fault proven for all cycles, not only bounded");
        }
    }

    /** An upset of any flip-flop of full TMR, in any cycle, re-converges one cycle later: masked, proven. */
    @Test
    void upsetsOfFullTmrReconverge() {
        Netlist t = new TmrPass(FULL).apply(CorpusNetlists.bench("iscas89", "s298"));
        CampaignPlan.Judging j = CampaignPlan.Judging.of(t, OutputCheck.TRIPLICATED);
        SequentialFaultProver prover = new SequentialFaultProver(t, j, new SequentialProver.Settings(8, 64, 1, LIMIT));
        for (int g : t.dffGates()) {
            SequentialFaultProof p = prover.prove(List.of(BitFlip.at(new Site.Stem(t.gateOutput(g)), 3)));
            assertEquals("masked (proven)", p.label(), t.netName(t.gateOutput(g)));
            assertEquals("re-convergence", p.method());
            assertEquals(4, p.cycles(), "the flip in cycle 3, the voted next state already equal: cycles 0..3 checked");
        }
    }

    /**
     * TMR voted at the outputs only: an upset replica is never scrubbed, so the states need not re-converge; the
     * induction from the state after the flip (the two other replicas equal the fault-free registers) proves
     * those upsets masked.
     */
    @Test
    void upsetsWithoutRegisterVotersAreProvenByInductionAfterTheFlip() {
        Netlist t = new TmrPass(TmrOptions.defaults()).apply(CorpusNetlists.bench("iscas89", "s298"));
        CampaignPlan.Judging j = CampaignPlan.Judging.of(t, OutputCheck.EXACT);
        SequentialFaultProver prover = new SequentialFaultProver(t, j, new SequentialProver.Settings(8, 64, 1, LIMIT));
        int byInduction = 0;
        for (int g : t.dffGates()) {
            SequentialFaultProof p = prover.prove(List.of(BitFlip.at(new Site.Stem(t.gateOutput(g)), 2)));
            assertEquals("masked (proven)", p.label(), t.netName(t.gateOutput(g)));
            assertTrue(p.method().equals("induction") || p.method().equals("re-convergence"), p.method());
            byInduction += p.method().equals("induction") ? 1 : 0;
        }
        assertTrue(byInduction > t.dffGates().length / 2, byInduction + " of " + t.dffGates().length + " by induction "
                + "(the others' upsets die out in the circuit's own logic)");
    }

    /**
     * Single voters on the register feedback (and the reduced outputs' voters): the unmasked faults are voter
     * faults, each with a witness the reference evaluator replays; every verdict agrees with a long random
     * campaign (masked ⇒ the campaign saw nothing; the campaign saw a failure ⇒ not masked).
     */
    @Test
    void singleVotersShowUnmaskedVoterFaultsWithWitnessesAndAgreeWithACampaign() {
        for (String name : List.of("s27", "s298")) {
            Netlist t = new TmrPass(FULL.withVoters(TmrOptions.VoterMode.SINGLE)).apply(CorpusNetlists.bench("iscas89", name));
            List<Fault> faults = FaultCollapsing.collapse(t).representatives();
            CampaignPlan.Judging j = CampaignPlan.Judging.of(t, OutputCheck.TRIPLICATED);
            int depth = 12;
            List<SequentialFaultProof> proofs = new SequentialFaultProver(t, j, new SequentialProver.Settings(depth, 64, 1, LIMIT))
                    .proveAll(faults.stream().map(List::of).toList());
            CampaignResult campaign = new FaultSetCampaign(t, new PatternSet(false, 4096, 77, depth), OutputCheck.TRIPLICATED, -1,
                    j.ties(), false).run(faults, 1, ProgressListener.NONE);
            int unmasked = 0;
            for (int i = 0; i < faults.size(); i++) {
                SequentialFaultProof p = proofs.get(i);
                String what = name + " " + faults.get(i).describe(t) + ": " + p.label();
                assertTrue(p.verdict() == FaultProof.Verdict.MASKED || p.verdict() == FaultProof.Verdict.SILENT, what);
                if (p.verdict() == FaultProof.Verdict.SILENT) {
                    unmasked++;
                    assertEquals(TmrRoles.Region.VOTER, TmrRoles.regionOf(t, faults.get(i).site()), what);
                    assertWitness(t, p, OutputCheck.TRIPLICATED, -1);
                } else {
                    assertEquals(Outcome.MASKED, campaign.results().get(i).outcome(), what);
                }
            }
            assertTrue(unmasked > 0, name);
        }
    }

    @Test
    void refusesWhatItCannotDecide() {
        Netlist t = new TmrPass(FULL).apply(CorpusNetlists.bench("iscas89", "s27"));
        SequentialFaultProver prover = new SequentialFaultProver(t, CampaignPlan.Judging.of(t, OutputCheck.TRIPLICATED),
                new SequentialProver.Settings(4, 1, 1, LIMIT));
        List<Fault> two = FaultLists.allStuckAt(t).subList(0, 2);
        assertThrows(IllegalArgumentException.class, () -> prover.prove(two));
        assertThrows(IllegalArgumentException.class, () -> prover.prove(List.of()));
        Netlist c = CorpusNetlists.bench("iscas85", "c17");
        assertThrows(IllegalArgumentException.class, () -> new SequentialFaultProver(c,
                CampaignPlan.Judging.of(c, OutputCheck.EXACT), new SequentialProver.Settings(4, 1, 1, LIMIT)));
    }

    /** Does any input sequence of {@code cycles} cycles from reset make an output wrong? One lane per sequence. */
    static boolean exhaustivelyWrong(Netlist n, List<Fault> set, int cycles) {
        int bits = n.inputCount() * cycles;
        long lanes = 1L << bits;
        int words = (int) Math.max(1, lanes / 64);
        long valid = lanes >= 64 ? -1L : (1L << lanes) - 1;
        CompiledEvaluator c = CompiledEvaluator.compile(n);
        Simulation good = c.newSimulation(words).reset();
        Simulation bad = c.newSimulation(words).setFaults(set).reset();
        for (int t = 0; t < cycles; t++) {
            for (int i = 0; i < n.inputCount(); i++) {
                int bit = t * n.inputCount() + i;
                for (int w = 0; w < words; w++) {
                    long word = 0;
                    for (int l = 0; l < 64; l++) {
                        long lane = 64L * w + l;
                        if ((lane >>> bit & 1L) != 0) {
                            word |= 1L << l;
                        }
                    }
                    good.setInput(i, w, word);
                    bad.setInput(i, w, word);
                }
            }
            good.evaluate();
            bad.evaluate();
            for (int o = 0; o < n.outputCount(); o++) {
                for (int w = 0; w < words; w++) {
                    if (((good.output(o, w) ^ bad.output(o, w)) & valid) != 0) {
                        return true;
                    }
                }
            }
            good.clock();
            bad.clock();
        }
        return false;
    }

    /**
     * The witness through the scalar reference evaluator: the judged outputs are right in every cycle but the
     * last, and wrong (unflagged for silent) in the last.
     */
    static void assertWitness(Netlist n, SequentialFaultProof p, OutputCheck check, int mismatch) {
        List<boolean[]> seq = new ArrayList<>();
        for (String v : p.witness()) {
            boolean[] x = new boolean[v.length()];
            for (int i = 0; i < x.length; i++) {
                x[i] = v.charAt(i) == '1';
            }
            seq.add(x);
        }
        assertFalse(seq.isEmpty(), "a witness");
        List<boolean[]> good = new ReferenceEvaluator(n).run(seq);
        List<boolean[]> bad = new ReferenceEvaluator(n).run(seq, p.faults(), 0);
        for (int t = 0; t < seq.size(); t++) {
            long[] errors = new long[n.outputCount() - (mismatch >= 0 ? 1 : 0)];
            for (int o = 0, k = 0; o < n.outputCount(); o++) {
                if (o != mismatch) {
                    errors[k++] = good.get(t)[o] != bad.get(t)[o] ? 1 : 0;
                }
            }
            boolean wrong = check.wrongLanes(errors) != 0;
            assertEquals(t == seq.size() - 1, wrong, "wrong in cycle " + t + " of " + seq.size() + ": " + p);
        }
        if (mismatch >= 0 && p.verdict() == FaultProof.Verdict.SILENT) {
            assertFalse(bad.get(seq.size() - 1)[mismatch], "silent: unflagged");
        }
    }
}
