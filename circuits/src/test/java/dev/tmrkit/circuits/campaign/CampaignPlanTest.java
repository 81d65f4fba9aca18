package dev.tmrkit.circuits.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.campaign.CampaignSpec.FaultModel;
import dev.tmrkit.circuits.campaign.CampaignSpec.Spread;
import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.model.CampaignResult;
import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.circuits.library.C17;
import dev.tmrkit.circuits.library.RippleCarryAdder;
import dev.tmrkit.circuits.library.SyncCounter;
import dev.tmrkit.circuits.tmr.TmrNames;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignPlanTest {
    private static final Netlist C17_NET = C17.netlist();
    private static final Netlist COUNTER = SyncCounter.netlist(3);

    @Test
    void theDefaultPlanIsEverySingleStuckAtFaultOverEveryInputCombination() {
        CampaignPlan plan = CampaignPlan.of(C17_NET, CampaignSpec.builder().build(), 7);
        List<Fault> all = FaultLists.allStuckAt(C17_NET);
        assertEquals(all.size(), plan.faultSets().size());
        for (int k = 0; k < all.size(); k++) {
            assertEquals(List.of(all.get(k)), plan.faultSets().get(k));
        }
        assertEquals(new PatternSet(true, 32, 7, 1), plan.patterns(), "5 inputs: all 2^5 combinations");
        assertEquals(-1, plan.judging().mismatchOutput());
        assertEquals(-1, plan.sampled());
        assertEquals("every single stuck-at fault on stems and fanout branches: " + all.size(), plan.describeFaults());
    }

    @Test
    void aSampleIsThatManyDistinctFaultSetsOfThePopulationChosenByTheSeed() {
        CampaignSpec spec = CampaignSpec.builder().sample(OptionalInt.of(10)).build();
        CampaignPlan a = CampaignPlan.of(C17_NET, spec, 3);
        assertEquals(10, a.faultSets().size());
        assertEquals(10, new HashSet<>(a.faultSets()).size(), "distinct");
        assertTrue(CampaignPlan.of(C17_NET, CampaignSpec.builder().build(), 3).faultSets().containsAll(a.faultSets()));
        assertEquals(a.faultSets(), CampaignPlan.of(C17_NET, spec, 3).faultSets(), "same seed, same sample");
        assertNotEquals(a.faultSets(), CampaignPlan.of(C17_NET, spec, 4).faultSets(), "another seed, another sample");
        assertThrows(IllegalArgumentException.class,
                () -> CampaignPlan.of(C17_NET, CampaignSpec.builder().sample(OptionalInt.of(1000)).build(), 1));
    }

    @Test
    void aMarginSizesTheSampleByLeveuglesFormula() {
        CampaignPlan plan = CampaignPlan.of(C17_NET, CampaignSpec.builder().margin(OptionalDouble.of(0.1)).build(), 1);
        int n = plan.population();
        // n = N / (1 + e²(N − 1) / (t² p(1 − p))), e = 0.1, t = 1.959964, p = 0.5, rounded up
        double exact = n / (1 + 0.01 * (n - 1) / (1.959964 * 1.959964 * 0.25));
        assertEquals((int) Math.ceil(exact), plan.sampled());
        assertEquals(plan.sampled(), plan.faultSets().size());
        assertTrue(plan.describeFaults().contains("Leveugle"), plan.describeFaults());
    }

    @Test
    void exhaustivePatternsAreRefusedBeyondTheLimitAndForSequentialCircuits() {
        CampaignSpec exhaustive = CampaignSpec.builder().exhaustive(true).collapsed(true).build();
        Netlist wide = RippleCarryAdder.netlist(12); // 25 inputs
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CampaignPlan.of(wide, exhaustive, 1));
        assertTrue(e.getMessage().contains("2^25"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CampaignPlan.of(COUNTER, exhaustive, 1));
        Netlist ok = RippleCarryAdder.netlist(10); // 21 inputs: above the automatic limit, within the explicit one
        assertEquals(1L << 21, CampaignPlan.of(ok, exhaustive, 1).patterns().count());
        assertEquals(false, CampaignPlan.of(ok, CampaignSpec.builder().collapsed(true).build(), 1).patterns().exhaustive());
    }

    @Test
    void settingsThatCannotTakeEffectAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CampaignSpec.builder().faults(FaultModel.FLIP).collapsed(true).build());
        assertThrows(IllegalArgumentException.class, () -> CampaignSpec.builder().multi(2).build());
        assertThrows(IllegalArgumentException.class,
                () -> CampaignSpec.builder().sample(OptionalInt.of(5)).margin(OptionalDouble.of(0.1)).build());
        assertThrows(IllegalArgumentException.class,
                () -> CampaignSpec.builder().faults(FaultModel.SEU).secondCycle(OptionalInt.of(3)).build());
        CampaignSpec late = CampaignSpec.builder().faults(FaultModel.FLIP).cycle(OptionalInt.of(3)).build();
        assertThrows(IllegalArgumentException.class, () -> CampaignPlan.of(C17_NET, late, 1), "combinational: only cycle 0");
        CampaignSpec seu = CampaignSpec.builder().faults(FaultModel.SEU).build();
        assertThrows(IllegalArgumentException.class, () -> CampaignPlan.of(C17_NET, seu, 1), "c17 has no flip-flops");
        assertThrows(IllegalArgumentException.class, () -> CampaignPlan.of(COUNTER,
                CampaignSpec.builder().faults(FaultModel.SEU).multi(4).build(), 1), "3 flip-flops, 4 sites");
    }

    @Test
    void aLaterSecondUpsetMovesEverySiteButTheFirst() {
        CampaignSpec spec = CampaignSpec.builder().faults(FaultModel.SEU).multi(2).spread(Spread.RANDOM).sets(20)
                .cycle(OptionalInt.of(1)).secondCycle(OptionalInt.of(5)).build();
        CampaignPlan plan = CampaignPlan.of(COUNTER, spec, 9);
        assertEquals(20, plan.faultSets().size());
        for (List<Fault> set : plan.faultSets()) {
            assertEquals(1, ((BitFlip) set.get(0)).cycle());
            assertEquals(5, ((BitFlip) set.get(1)).cycle());
            assertNotEquals(set.get(0).site(), set.get(1).site(), "distinct sites");
        }
        assertTrue(plan.describeFaults().contains("2-site (random) flip-flop upsets in cycle 1, later sites in cycle 5"),
                plan.describeFaults());
    }

    @Test
    void judgingFindsTheMismatchOutputAndRefusesTriplicatedOutputsNotInThrees() {
        Netlist tmr = new TmrPass(TmrOptions.defaults().withMismatch(true)).apply(C17_NET);
        CampaignPlan.Judging j = CampaignPlan.Judging.of(tmr, OutputCheck.EXACT);
        assertEquals(TmrNames.MISMATCH, tmr.outputNames().get(j.mismatchOutput()));
        assertThrows(IllegalArgumentException.class, () -> CampaignPlan.Judging.of(C17_NET, OutputCheck.TRIPLICATED),
                "c17 has 2 outputs");
    }

    @Test
    void aPlanRunsAsTheCampaignItDescribes() {
        Netlist tmr = new TmrPass(TmrOptions.defaults().withVoters(TmrOptions.VoterMode.SINGLE)).apply(C17_NET);
        CampaignPlan plan = CampaignPlan.of(tmr, CampaignSpec.builder().build(), 1);
        CampaignResult r = plan.run(2, ProgressListener.NONE);
        CampaignResult direct = new FaultSetCampaign(tmr, plan.patterns(), OutputCheck.EXACT, true)
                .run(FaultLists.allStuckAt(tmr), 1, ProgressListener.NONE);
        assertEquals(direct.results(), r.results());
        RegionBreakdown b = RegionBreakdown.of(tmr, r);
        for (Outcome o : Outcome.values()) {
            int sum = 0;
            for (String region : b.counts().keySet()) {
                sum += b.count(region, o);
            }
            assertEquals(r.count(o), sum, o + " summed over regions");
        }
        assertEquals(r.count(Outcome.SILENT), b.escapes().size());
        assertTrue(b.count("reduction voter", Outcome.SILENT) > 0 && b.count("shared input", Outcome.SILENT) > 0,
                "the single output voter and the shared inputs are single points of failure");
        assertEquals(0, b.count("replica", Outcome.SILENT), "one faulty replica is outvoted");
    }

    @Test
    void aCheckpointResumesOnlyItsOwnPlanAndTheResumedRunEqualsAnUninterruptedOne() {
        CampaignSpec spec = CampaignSpec.builder().faults(FaultModel.FLIP).cycle(OptionalInt.empty()).build();
        CampaignPlan plan = CampaignPlan.of(COUNTER, spec, 5);
        FaultSetCampaign c = plan.campaign();
        FaultResult[] full = c.runSome(plan.faultSets(), all(plan), 1, ProgressListener.NONE, () -> false);
        FaultResult[] half = new FaultResult[full.length];
        for (int k = 0; k < full.length; k += 2) {
            half[k] = full[k];
        }
        Checkpoint cp = Checkpoint.of(plan, half);
        assertEquals(64, cp.digest().length(), "SHA-256 in hex");
        FaultResult[] restored = cp.restore(plan, c);
        java.util.BitSet todo = new java.util.BitSet();
        for (int k = 0; k < restored.length; k++) {
            todo.set(k, restored[k] == null);
        }
        assertNull(restored[1]);
        FaultResult[] rest = c.runSome(plan.faultSets(), todo, 2, ProgressListener.NONE, () -> false);
        for (int k = 0; k < rest.length; k++) {
            restored[k] = rest[k] != null ? rest[k] : restored[k];
        }
        assertEquals(List.of(full), List.of(restored));

        Set<String> digests = new HashSet<>();
        digests.add(cp.digest());
        digests.add(Checkpoint.digest(CampaignPlan.of(COUNTER, spec, 6)));
        digests.add(Checkpoint.digest(CampaignPlan.of(SyncCounter.netlist(4), spec, 5)));
        digests.add(Checkpoint.digest(CampaignPlan.of(COUNTER, CampaignSpec.builder().faults(FaultModel.FLIP).build(), 5)));
        assertEquals(4, digests.size(), "seed, netlist and spec each change the digest");
        assertEquals(cp.digest(), Checkpoint.digest(CampaignPlan.of(SyncCounter.netlist(3), spec, 5)), "an equal plan");
        CampaignPlan other = CampaignPlan.of(COUNTER, spec, 6);
        assertThrows(Checkpoint.MismatchException.class, () -> cp.restore(other, other.campaign()));
        Checkpoint outside = new Checkpoint(cp.digest(), List.of(new Checkpoint.Entry(full.length, Outcome.MASKED, -1, 0)));
        assertThrows(Checkpoint.MismatchException.class, () -> outside.restore(plan, c));
    }

    private static java.util.BitSet all(CampaignPlan plan) {
        java.util.BitSet b = new java.util.BitSet();
        b.set(0, plan.faultSets().size());
        return b;
    }
}
