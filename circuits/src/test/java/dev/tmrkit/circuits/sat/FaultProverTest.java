package dev.tmrkit.circuits.sat;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.model.CampaignResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.tmr.InputTies;
import dev.tmrkit.circuits.tmr.TmrNames;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fault proofs against exhaustive fault simulation (every input combination is ground truth). */
class FaultProverTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Test
    void randomNetlistsAgreeWithExhaustiveFaultSimulation() {
        qt().withFixedSeed(21).withExamples(150).forAll(RandomNetlists.combinational(10, 30)).checkAssert(n -> {
            List<Fault> faults = FaultLists.allStuckAt(n);
            agreeWithExhaustiveCampaign(n, faults, OutputCheck.EXACT, -1, InputTies.none(n.inputCount()));
        });
    }

    @Test
    void tmrVariantsOfC17AgreeWithExhaustiveFaultSimulation() {
        Netlist c17 = BuiltinCircuits.byName("c17").orElseThrow();
        TmrOptions base = TmrOptions.defaults();
        List<TmrOptions> variants = List.of(base, base.withMismatch(true),
                base.withScope(TmrOptions.Scope.GATES).withVoters(TmrOptions.VoterMode.SINGLE).withMismatch(true),
                base.withScope(TmrOptions.Scope.GATES).withInputs(TmrOptions.InputMode.TRIPLICATED)
                        .withOutputs(TmrOptions.OutputMode.TRIPLICATED).withMismatch(true));
        for (TmrOptions o : variants) {
            Netlist t = new TmrPass(o).apply(c17);
            int mismatch = t.outputNames().indexOf(TmrNames.MISMATCH);
            OutputCheck check = o.outputs() == TmrOptions.OutputMode.TRIPLICATED ? OutputCheck.TRIPLICATED : OutputCheck.EXACT;
            agreeWithExhaustiveCampaign(t, FaultLists.allStuckAt(t), check, mismatch, TmrRoles.inputTies(t));
        }
    }

    @Test
    void fullTmrOfC432MasksEveryFaultAndSingleVotersExactlyTheVoterFaults() throws IOException {
        Netlist c432 = new BenchReader().read(Path.of(System.getProperty("tmrkit.root", "."), "benchmarks/iscas85/c432.bench"));
        TmrOptions full = TmrOptions.defaults().withInputs(TmrOptions.InputMode.TRIPLICATED).withOutputs(TmrOptions.OutputMode.TRIPLICATED);
        Netlist t = new TmrPass(full).apply(c432);
        List<Fault> faults = FaultLists.allStuckAt(t);
        List<FaultProof> proofs = new FaultProver(t, CampaignPlan.Judging.of(t, OutputCheck.TRIPLICATED), 1).proveAll(faults, LIMIT);
        assertEquals(faults.size(), proofs.stream().filter(p -> p.verdict() == FaultProof.Verdict.MASKED).count());

        Netlist single = new TmrPass(full.withScope(TmrOptions.Scope.GATES).withVoters(TmrOptions.VoterMode.SINGLE)).apply(c432);
        List<Fault> sf = FaultLists.allStuckAt(single);
        List<FaultProof> sp = new FaultProver(single, CampaignPlan.Judging.of(single, OutputCheck.TRIPLICATED), 1).proveAll(sf, LIMIT, 2048);
        int unmasked = 0;
        for (FaultProof p : sp) {
            boolean voter = TmrRoles.regionOf(single, p.fault().site()) == TmrRoles.Region.VOTER;
            if (p.verdict() != FaultProof.Verdict.MASKED) {
                unmasked++;
                assertEquals(FaultProof.Verdict.SILENT, p.verdict());
                assertTrue(voter, p.fault().describe(single) + " is not a voter fault");
                assertTrue(wrongOn(single, p, OutputCheck.TRIPLICATED, -1), "the witness makes the outputs wrong");
            }
        }
        assertTrue(unmasked > 0);
    }

    private static void agreeWithExhaustiveCampaign(Netlist n, List<Fault> faults, OutputCheck check, int mismatch, InputTies ties) {
        PatternSet all = PatternSet.choose(ties.logicalInputs(), false, 1, 1, 1);
        assertTrue(all.exhaustive());
        CampaignResult truth = new FaultSetCampaign(n, all, check, mismatch, ties, false).run(faults, 1, ProgressListener.NONE);
        List<FaultProof> proofs = new FaultProver(n, new CampaignPlan.Judging(check, mismatch, ties), 3).proveAll(faults, LIMIT);
        for (int i = 0; i < faults.size(); i++) {
            FaultProof p = proofs.get(i);
            Outcome expected = truth.results().get(i).outcome();
            assertEquals(expected.name(), p.verdict().name(), faults.get(i).describe(n) + " in " + n);
            assertEquals(expected != Outcome.MASKED, p.witness().isPresent());
            if (p.witness().isPresent()) {
                assertTrue(wrongOn(n, p, check, mismatch), "witness of " + faults.get(i).describe(n));
            }
        }
    }

    /** The witness, through the scalar reference evaluator, makes the judged outputs wrong (and unflagged if silent). */
    static boolean wrongOn(Netlist n, FaultProof p, OutputCheck check, int mismatch) {
        String w = p.witness().orElseThrow();
        boolean[] v = new boolean[w.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = w.charAt(i) == '1';
        }
        ReferenceEvaluator ref = new ReferenceEvaluator(n);
        boolean[] good = ref.evaluate(v);
        boolean[] bad = ref.evaluate(v, List.of(p.fault()), 0);
        long[] errors = new long[n.outputCount() - (mismatch >= 0 ? 1 : 0)];
        for (int o = 0, k = 0; o < n.outputCount(); o++) {
            if (o != mismatch) {
                errors[k++] = good[o] != bad[o] ? 1 : 0;
            }
        }
        boolean wrong = check.wrongLanes(errors) != 0;
        if (p.verdict() == FaultProof.Verdict.SILENT && mismatch >= 0) {
            return wrong && !bad[mismatch];
        }
        return wrong;
    }
}
