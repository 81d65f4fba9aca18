package dev.tmrkit.circuits.campaign;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.campaign.CampaignSpec.FaultModel;
import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * What a campaign can have produced ({@link FaultSetCampaign#impossible}), against what random campaigns do
 * produce: every real result is accepted (no false refusals, with and without dropping, mismatch output,
 * flip-flops and several cycles), and each way of breaking one (an outcome the mode cannot give, a pattern
 * outside the set, a count the mode does not keep or cannot reach) is refused — also by
 * {@link FaultSetCampaign#restore} and {@link Checkpoint#restore}, which refuse duplicated indices too.
 */
class ResultLegalityTest {
    @Test
    void everyRealResultIsAcceptedAndEveryBrokenOneRefused() {
        qt().withExamples(60).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            Netlist n = RandomNetlists.generate(r, 5, 12, r.nextBoolean() ? 3 : 0);
            boolean mismatch = r.nextBoolean();
            if (mismatch) {
                n = new TmrPass(TmrOptions.defaults().withMismatch(true)).apply(n);
            }
            boolean drop = r.nextBoolean();
            CampaignSpec.Builder spec = CampaignSpec.builder().dropping(drop);
            if (n.isSequential()) {
                spec.faults(r.nextBoolean() ? FaultModel.SEU : FaultModel.STUCK_AT).cycles(2 + r.nextInt(4)).patterns(64 + r.nextInt(100))
                        .cycle(OptionalInt.of(0));
            }
            CampaignPlan plan = CampaignPlan.of(n, spec.build(), seed);
            FaultSetCampaign c = plan.campaign();
            List<FaultResult> results = c.runSets(plan.faultSets(), 1, ProgressListener.NONE).results();
            long count = plan.patterns().count();
            long cycles = plan.patterns().cycles();
            for (FaultResult f : results) {
                Outcome o = f.outcome();
                long first = f.firstFailingPattern();
                long failing = f.failingPatterns();
                assertNull(c.impossible(o, first, failing), f + " is a real result");
                if (o == Outcome.MASKED) {
                    assertNotNull(c.impossible(o, 0, failing), "masked with a failing pattern");
                    assertNotNull(c.impossible(o, -1, 1), "masked with a failing count");
                    assertNotNull(c.impossible(Outcome.SILENT, -1, -1), "silent without a failing pattern");
                    continue;
                }
                assertNotNull(c.impossible(o, count, failing), "first failing pattern past the set");
                assertNotNull(c.impossible(o, -2, failing), "negative first failing pattern");
                assertNotNull(c.impossible(Outcome.MASKED, first, failing), "masked with a failing pattern");
                assertEquals(mismatch, c.impossible(Outcome.DETECTED, first, failing) == null,
                        "detected exactly when there is a mismatch output");
                if (drop) {
                    assertNotNull(c.impossible(o, first, 1), "a count in a run that drops faults");
                } else {
                    assertTrue(failing >= 1 && failing <= (count - first) * cycles, "the bound holds for real counts");
                    assertNotNull(c.impossible(o, first, -1), "no count in a run that keeps them");
                    assertNotNull(c.impossible(o, first, 0), "no failing pattern counted");
                    assertNotNull(c.impossible(o, first, (count - first) * cycles + 1), "more failures than pattern-cycles left");
                }
            }
        });
    }

    @Test
    void restoringRefusesTheImpossibleAndCheckpointsRefuseDuplicates() {
        CampaignPlan plan = CampaignPlan.of(dev.tmrkit.circuits.library.C17.netlist(), CampaignSpec.builder().build(), 1);
        FaultSetCampaign c = plan.campaign();
        List<FaultResult> real = c.runSets(plan.faultSets(), 1, ProgressListener.NONE).results();
        FaultResult f = real.get(0);
        assertThrows(IllegalArgumentException.class, () -> c.restore(plan.faultSets().get(0), Outcome.DETECTED, f.firstFailingPattern(), -1),
                "c17 has no mismatch output");
        List<Checkpoint.Entry> entries = new ArrayList<>();
        for (int k = 0; k < real.size(); k++) {
            entries.add(new Checkpoint.Entry(k, real.get(k).outcome(), real.get(k).firstFailingPattern(), real.get(k).failingPatterns()));
        }
        String digest = Checkpoint.digest(plan);
        assertEquals(real, List.of(new Checkpoint(digest, entries).restore(plan, c)), "a true checkpoint restores the run");
        List<Checkpoint.Entry> twice = new ArrayList<>(entries);
        twice.add(entries.get(3));
        Checkpoint.MismatchException dup = assertThrows(Checkpoint.MismatchException.class,
                () -> new Checkpoint(digest, twice).restore(plan, c));
        assertEquals(entries.size(), dup.entry(), "the duplicate is named by its position");
        List<Checkpoint.Entry> forged = new ArrayList<>(entries);
        forged.set(5, new Checkpoint.Entry(5, Outcome.MASKED, -1, 0));
        assertEquals(List.of(new Checkpoint(digest, forged).restore(plan, c)).get(5).outcome(), Outcome.MASKED,
                "a plausible lie is not detectable without running the fault again");
        forged.set(5, new Checkpoint.Entry(5, Outcome.SILENT, plan.patterns().count(), -1));
        Checkpoint.MismatchException past = assertThrows(Checkpoint.MismatchException.class,
                () -> new Checkpoint(digest, forged).restore(plan, c));
        assertEquals(5, past.entry());
    }
}
