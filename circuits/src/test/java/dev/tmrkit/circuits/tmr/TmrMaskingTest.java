package dev.tmrkit.circuits.tmr;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.model.CampaignResult;
import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.circuits.tmr.TmrOptions.InputMode;
import dev.tmrkit.circuits.tmr.TmrOptions.OutputMode;
import dev.tmrkit.circuits.tmr.TmrOptions.Scope;
import dev.tmrkit.circuits.tmr.TmrOptions.VoterMode;
import dev.tmrkit.circuits.tmr.TmrRoles.Region;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.fault.StuckAt;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What TMR masks: single stuck-at faults and single transient flips, by configuration and region. */
class TmrMaskingTest {
    private static final long SEED = 0x7317_0002L;
    private static final TmrOptions FULL = TmrOptions.defaults().withVoters(VoterMode.TRIPLICATED)
            .withInputs(InputMode.TRIPLICATED).withOutputs(OutputMode.TRIPLICATED);

    /** The campaign over every pattern of the harness's (original) inputs. */
    private static CampaignResult campaign(Netlist n, OutputCheck check, List<Fault> faults) {
        PatternSet p = PatternSet.choose(n.inputCount(), false, 1, 1, 1);
        assertTrue(p.exhaustive());
        return new FaultSetCampaign(n, p, check, false).run(faults, 2, ProgressListener.NONE);
    }

    /** Every single stuck-at fault of the TMR netlist, on the harness that ties its input copies. */
    private static List<Fault> tmrStuckAt(Netlist harness, Netlist tmr) {
        List<Fault> faults = new ArrayList<>();
        for (Fault f : FaultLists.allStuckAt(harness)) {
            if (!Harness.isHarnessNet(harness, tmr, f.site().net(harness))) {
                faults.add(f);
            }
        }
        return faults;
    }

    @Test
    void fullTmrMasksEverySingleStuckAtFaultVotersIncluded() {
        qt().withFixedSeed(SEED).withExamples(40).forAll(RandomNetlists.combinational(6, 30)).checkAssert(n -> {
            for (Scope scope : List.of(Scope.GATES, Scope.OUTPUTS)) {
                Netlist tmr = new TmrPass(FULL.withScope(scope)).apply(n);
                Netlist harness = Harness.tieInputs(tmr);
                List<Fault> faults = tmrStuckAt(harness, tmr);
                assertEquals(FaultLists.allStuckAt(tmr).size(), faults.size(), "the harness adds no sites to the TMR netlist's");
                CampaignResult r = campaign(harness, OutputCheck.TRIPLICATED, faults);
                for (FaultResult f : r.results()) {
                    assertEquals(Outcome.MASKED, f.outcome(), scope + ": " + f.site() + " " + f.kind());
                }
                assertTrue(faults.stream().anyMatch(f -> TmrRoles.regionOf(harness, f.site()) == Region.VOTER));
            }
        });
    }

    @Test
    void fullTmrMasksEverySingleTransientFlip() {
        qt().withFixedSeed(SEED).withExamples(40).forAll(RandomNetlists.combinational(6, 30)).checkAssert(n -> {
            for (Scope scope : List.of(Scope.GATES, Scope.OUTPUTS)) {
                Netlist tmr = new TmrPass(FULL.withScope(scope)).apply(n);
                Netlist harness = Harness.tieInputs(tmr);
                List<Fault> flips = new ArrayList<>();
                for (int net = 0; net < harness.netCount(); net++) {
                    if (!Harness.isHarnessNet(harness, tmr, net)) {
                        flips.add(BitFlip.at(new Site.Stem(net), 0));
                    }
                }
                assertEquals(tmr.netCount(), flips.size());
                for (FaultResult f : campaign(harness, OutputCheck.TRIPLICATED, flips).results()) {
                    assertEquals(Outcome.MASKED, f.outcome(), scope + ": " + f.site() + " " + f.kind());
                }
            }
        });
    }

    @Test
    void theMismatchOutputFlagsExactlyThePatternsWhereAReplicaDisagrees() {
        Netlist and = Netlist.builder("and").input("a").input("b").output("y").gate(GateType.AND, "y", "a", "b").build();
        Netlist tmr = new TmrPass(TmrOptions.defaults().withMismatch(true)).apply(and);
        ReferenceEvaluator eval = new ReferenceEvaluator(tmr);
        List<Fault> stuck = List.of(StuckAt.sa1(new Site.Stem(tmr.netId("$tmr$B$y"))));
        for (int p = 0; p < 4; p++) {
            boolean[] in = {(p & 2) != 0, (p & 1) != 0};
            boolean y = in[0] && in[1];
            assertArrayEquals(new boolean[] {y, false}, eval.evaluate(in), "fault-free, pattern " + p);
            assertArrayEquals(new boolean[] {y, !y}, eval.evaluate(in, stuck, 0), "replica B stuck at 1, pattern " + p);
        }
    }

    @Test
    void byDefaultOnlySharedInputsAndReductionVotersLetFaultsEscape() {
        Set<Region> exposed = EnumSet.of(Region.SHARED_INPUT, Region.REDUCTION_VOTER);
        qt().withFixedSeed(SEED).withExamples(60).forAll(RandomNetlists.combinational(6, 30)).checkAssert(n -> {
            Netlist tmr = new TmrPass(TmrOptions.defaults()).apply(n);
            assertEquals(n.inputNames(), tmr.inputNames());
            assertEquals(n.outputNames(), tmr.outputNames());
            List<Fault> faults = FaultLists.allStuckAt(tmr);
            for (FaultResult f : campaign(tmr, OutputCheck.EXACT, faults).results()) {
                Region region = TmrRoles.regionOf(tmr, f.fault().site());
                if (!exposed.contains(region)) {
                    assertEquals(Outcome.MASKED, f.outcome(), region + " " + f.site() + " " + f.kind());
                }
            }
        });
    }

    @Test
    void singleVotersWithTriplicatedOutputsLeakOnlyThroughTheVotersOrSharedInputs() {
        Set<Region> exposed = EnumSet.of(Region.SHARED_INPUT, Region.VOTER);
        qt().withFixedSeed(SEED).withExamples(40).forAll(RandomNetlists.combinational(6, 30)).checkAssert(n -> {
            for (Scope scope : List.of(Scope.GATES, Scope.OUTPUTS)) {
                for (InputMode inputs : InputMode.values()) {
                    TmrOptions o = TmrOptions.defaults().withScope(scope).withVoters(VoterMode.SINGLE).withInputs(inputs)
                            .withOutputs(OutputMode.TRIPLICATED);
                    Netlist tmr = new TmrPass(o).apply(n);
                    Netlist harness = Harness.tieInputs(tmr);
                    int escapes = 0;
                    for (FaultResult f : campaign(harness, OutputCheck.TRIPLICATED, tmrStuckAt(harness, tmr)).results()) {
                        if (f.outcome() != Outcome.MASKED) {
                            escapes++;
                            Region region = TmrRoles.regionOf(harness, f.fault().site());
                            assertTrue(exposed.contains(region), o.describe() + ": " + region + " " + f.site() + " " + f.kind());
                        }
                    }
                    // the single voter of an output drives all three copies: sa0 or sa1 on it always shows
                    assertTrue(escapes > 0, o.describe());
                }
            }
        });
    }
}
