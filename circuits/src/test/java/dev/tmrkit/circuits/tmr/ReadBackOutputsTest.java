package dev.tmrkit.circuits.tmr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.CampaignSpec;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.library.C17;
import dev.tmrkit.circuits.library.SyncCounter;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code --outputs triplicated} on outputs the replicas also read (a counter's flip-flop outputs) votes
 * inside the logic: the report says so, and the campaign shows the effect (an upset replica is corrected at
 * the next clock, so a later upset of another replica is masked, which it is not with reduced outputs).
 */
class ReadBackOutputsTest {
    private static final Netlist COUNTER = SyncCounter.netlist(3);

    @Test
    void theReportNamesEveryTriplicatedOutputTheReplicasReadBack() {
        TmrReport r = new TmrPass(TmrOptions.defaults().withOutputs(TmrOptions.OutputMode.TRIPLICATED)).run(COUNTER).report();
        assertEquals(List.of("q0", "q1", "q2"), r.readBackOutputs());
        for (VoterPlacement p : r.placements()) {
            assertTrue(p.reason().contains("feedback voting: an upset of flip-flop " + p.net()), p.reason());
        }
        assertEquals(List.of(), new TmrPass(TmrOptions.defaults()).run(COUNTER).report().readBackOutputs(),
                "reduced outputs: nothing is read back");
        Netlist c17 = C17.netlist();
        TmrReport comb = new TmrPass(TmrOptions.defaults().withOutputs(TmrOptions.OutputMode.TRIPLICATED)).run(c17).report();
        assertEquals(List.of(), comb.readBackOutputs(), "c17's outputs feed nothing");
    }

    private static Outcome twoUpsets(TmrOptions options, OutputCheck check) {
        Netlist tmr = new TmrPass(options).apply(COUNTER);
        CampaignPlan plan = CampaignPlan.of(tmr, CampaignSpec.builder().check(check).patterns(256).cycles(12).build(), 3);
        List<Fault> set = List.of(BitFlip.at(new Site.Stem(tmr.netId("$tmr$A$q1")), 1),
                BitFlip.at(new Site.Stem(tmr.netId("$tmr$B$q1")), 5));
        return plan.campaign().runSets(List.of(set), 1, ProgressListener.NONE).results().get(0).outcome();
    }

    @Test
    void readBackVotingCorrectsTheFirstUpsetBeforeTheSecondStrikes() {
        assertEquals(Outcome.MASKED, twoUpsets(TmrOptions.defaults().withOutputs(TmrOptions.OutputMode.TRIPLICATED),
                OutputCheck.TRIPLICATED));
        assertEquals(Outcome.SILENT, twoUpsets(TmrOptions.defaults(), OutputCheck.EXACT),
                "reduced outputs vote nothing inside: replica A still counts wrong when B is struck");
    }
}
