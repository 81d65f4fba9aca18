package dev.tmrkit.circuits.campaign.engine;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmrkit.circuits.campaign.model.CampaignResult;
import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.Patterns;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class FaultSetCampaignTest {

    @Test
    void everyFaultOutcomeMatchesTheScalarReference() {
        qt().withExamples(60).forAll(RandomNetlists.combinational(5, 25)).checkAssert(n -> {
            PatternSet p = PatternSet.choose(n.inputCount(), false, 0, 1, 1);
            List<Fault> faults = FaultLists.allStuckAt(n);
            CampaignResult r = new FaultSetCampaign(n, p, OutputCheck.EXACT, false).run(faults, 2, ProgressListener.NONE);
            ReferenceEvaluator ref = new ReferenceEvaluator(n);
            for (int k = 0; k < faults.size(); k++) {
                long first = -1;
                long failing = 0;
                for (long pat = 0; pat < p.count(); pat++) {
                    boolean[] in = new boolean[n.inputCount()];
                    for (int i = 0; i < in.length; i++) {
                        in[i] = Patterns.exhaustiveBit(i, in.length, pat);
                    }
                    if (!Arrays.equals(ref.evaluate(in), ref.evaluate(in, List.of(faults.get(k)), 0))) {
                        failing++;
                        first = first < 0 ? pat : first;
                    }
                }
                FaultResult fr = r.results().get(k);
                assertEquals(first < 0 ? Outcome.MASKED : Outcome.SILENT, fr.outcome(), fr.site());
                assertEquals(first, fr.firstFailingPattern(), fr.site());
                assertEquals(failing, fr.failingPatterns(), fr.site());
            }
        });
    }

    @Test
    void detectionByAMismatchOutputMatchesTheReference() {
        // the last output plays the mismatch flag: a failure is detected when it was 1 in every failing pattern
        qt().withExamples(60).forAll(RandomNetlists.combinational(5, 25)).assuming(n -> n.outputCount() >= 2).checkAssert(n -> {
            int flag = n.outputCount() - 1;
            PatternSet p = PatternSet.choose(n.inputCount(), false, 0, 1, 1);
            List<Fault> faults = FaultLists.allStuckAt(n);
            CampaignResult r = new FaultSetCampaign(n, p, OutputCheck.EXACT, flag, false).run(faults, 2, ProgressListener.NONE);
            ReferenceEvaluator ref = new ReferenceEvaluator(n);
            for (int k = 0; k < faults.size(); k++) {
                boolean wrongEver = false;
                boolean unflagged = false;
                for (long pat = 0; pat < p.count(); pat++) {
                    boolean[] in = new boolean[n.inputCount()];
                    for (int i = 0; i < in.length; i++) {
                        in[i] = Patterns.exhaustiveBit(i, in.length, pat);
                    }
                    boolean[] good = ref.evaluate(in);
                    boolean[] bad = ref.evaluate(in, List.of(faults.get(k)), 0);
                    boolean wrong = !Arrays.equals(Arrays.copyOf(good, flag), Arrays.copyOf(bad, flag));
                    wrongEver |= wrong;
                    unflagged |= wrong && !bad[flag];
                }
                Outcome expected = !wrongEver ? Outcome.MASKED : unflagged ? Outcome.SILENT : Outcome.DETECTED;
                assertEquals(expected, r.results().get(k).outcome(), r.results().get(k).site());
            }
        });
    }

    @Test
    void sequentialCampaignsMatchTheReferenceOverCycles() {
        qt().withExamples(40).forAll(RandomNetlists.sequential(3, 15, 3), SourceDSL.longs().all()).checkAssert((n, seed) -> {
            PatternSet p = new PatternSet(false, 100, seed, 5);
            List<Fault> faults = FaultLists.allStuckAt(n);
            CampaignResult r = new FaultSetCampaign(n, p, OutputCheck.EXACT, true).run(faults, 1, ProgressListener.NONE);
            long[][][] words = p.generate(n.inputCount());
            ReferenceEvaluator ref = new ReferenceEvaluator(n);
            for (int k = 0; k < faults.size(); k++) {
                long first = -1;
                for (int lane = 0; lane < p.count() && first < 0; lane++) {
                    List<boolean[]> seq = new ArrayList<>();
                    for (int c = 0; c < p.cycles(); c++) {
                        boolean[] in = new boolean[n.inputCount()];
                        for (int i = 0; i < in.length; i++) {
                            in[i] = (words[c][i][lane / 64] >>> (lane % 64) & 1) != 0;
                        }
                        seq.add(in);
                    }
                    List<boolean[]> good = ref.run(seq);
                    List<boolean[]> bad = ref.run(seq, List.of(faults.get(k)), lane);
                    for (int c = 0; c < seq.size(); c++) {
                        if (!Arrays.equals(good.get(c), bad.get(c))) {
                            first = lane;
                        }
                    }
                }
                assertEquals(first, r.results().get(k).firstFailingPattern(), r.results().get(k).site());
            }
        });
    }

    @Test
    void resultsAreIdenticalWhateverTheThreadCount() {
        Netlist n = RandomNetlists.generate(new SplittableRandom(7), 12, 200, 0);
        PatternSet p = new PatternSet(false, 5000, 42, 1);
        List<Fault> faults = FaultLists.allStuckAt(n);
        FaultSetCampaign c = new FaultSetCampaign(n, p, OutputCheck.EXACT, false);
        assertEquals(c.run(faults, 1, ProgressListener.NONE), c.run(faults, 4, ProgressListener.NONE));
    }

    @Test
    void triplicatedOutputsAreRightWhenTwoOfThreeCopiesAre() {
        // three copies of a BUF of a shared input: breaking one copy is masked, the shared input is not
        Netlist n = Netlist.builder("copies").input("a").output("y0").output("y1").output("y2")
                .gate(GateType.BUF, "y0", "a").gate(GateType.BUF, "y1", "a").gate(GateType.BUF, "y2", "a").build();
        PatternSet p = PatternSet.choose(1, false, 0, 0, 1);
        CampaignResult r = new FaultSetCampaign(n, p, OutputCheck.TRIPLICATED, true)
                .run(FaultLists.allStuckAt(n), 1, ProgressListener.NONE);
        for (FaultResult f : r.results()) {
            boolean shared = f.site().equals("a");
            assertEquals(shared ? Outcome.SILENT : Outcome.MASKED, f.outcome(), f.site());
        }
        assertEquals(2, r.count(Outcome.SILENT));
    }

    @Test
    void faultListsCountStemsAndBranchesAsTheIscasConventionDoes() {
        // c17 from its published structure: 34 uncollapsed faults
        Netlist c17 = Netlist.builder("c17").input("1").input("2").input("3").input("6").input("7")
                .output("22").output("23")
                .gate(GateType.NAND, "10", "1", "3").gate(GateType.NAND, "11", "3", "6")
                .gate(GateType.NAND, "16", "2", "11").gate(GateType.NAND, "19", "11", "7")
                .gate(GateType.NAND, "22", "10", "16").gate(GateType.NAND, "23", "16", "19").build();
        assertEquals(34, FaultLists.allStuckAt(c17).size());
    }
}
