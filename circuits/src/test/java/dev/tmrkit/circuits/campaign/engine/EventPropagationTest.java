package dev.tmrkit.circuits.campaign.engine;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.campaign.model.CampaignResult;
import dev.tmrkit.circuits.campaign.model.FaultResult;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.faults.FaultCollapsing;
import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import dev.tmrkit.gates.fault.StuckAt;
import dev.tmrkit.gates.testing.RandomNetlists;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The event-driven stuck-at engine against the cone-by-cone engine it replaced (itself checked against
 * the scalar reference in {@link FaultSetCampaignTest}): every fault's outcome, first failing pattern
 * and failing-pattern count must be identical, with and without dropping, for any thread count.
 */
class EventPropagationTest {

    @Test
    void randomNetlistsGiveTheSameResultsAsConeReevaluation() {
        // pattern counts that are not a multiple of 64 and span several growing chunks (1, 2, 4, ... words)
        qt().withExamples(80).forAll(RandomNetlists.combinational(8, 40), SourceDSL.integers().between(1, 3000),
                SourceDSL.integers().between(1, 3)).checkAssert((n, count, threads) -> {
            List<Fault> faults = withPorts(n, FaultLists.allStuckAt(n));
            for (boolean drop : new boolean[] {false, true}) {
                PatternSet p = new PatternSet(false, count, count * 31L + 7, 1);
                FaultSetCampaign c = new FaultSetCampaign(n, p, OutputCheck.EXACT, drop);
                assertSame(c.withoutEventPropagation().run(faults, 1, ProgressListener.NONE), c.run(faults, threads, ProgressListener.NONE));
            }
        });
    }

    @Test
    void aMismatchFlagGivesTheSameResults() {
        qt().withExamples(60).forAll(RandomNetlists.combinational(6, 40), SourceDSL.integers().between(1, 2000))
                .assuming((n, count) -> n.outputCount() >= 2).checkAssert((n, count) -> {
            List<Fault> faults = withPorts(n, FaultLists.allStuckAt(n));
            PatternSet p = new PatternSet(false, count, count, 1);
            for (boolean drop : new boolean[] {false, true}) {
                FaultSetCampaign c = new FaultSetCampaign(n, p, OutputCheck.EXACT, n.outputCount() - 1, drop);
                assertSame(c.withoutEventPropagation().run(faults, 1, ProgressListener.NONE), c.run(faults, 2, ProgressListener.NONE));
            }
        });
    }

    @Test
    void triplicatedJudgementOfTmrNetlistsGivesTheSameResults() {
        TmrPass tmr = new TmrPass(TmrOptions.defaults().withVoters(TmrOptions.VoterMode.TRIPLICATED)
                .withOutputs(TmrOptions.OutputMode.TRIPLICATED));
        qt().withExamples(30).forAll(RandomNetlists.combinational(5, 15), SourceDSL.integers().between(1, 1500)).checkAssert((base, count) -> {
            Netlist n = tmr.apply(base);
            List<Fault> faults = FaultLists.allStuckAt(n);
            PatternSet p = new PatternSet(false, count, count, 1);
            for (boolean drop : new boolean[] {false, true}) {
                FaultSetCampaign c = new FaultSetCampaign(n, p, OutputCheck.TRIPLICATED, drop);
                assertSame(c.withoutEventPropagation().run(faults, 1, ProgressListener.NONE), c.run(faults, 2, ProgressListener.NONE));
            }
        });
    }

    @Test
    void firstPatternsTakenOneByOneGiveTheSameResults() {
        // every pattern of the first word that flips a stem goes through the stem lanes, whatever it costs;
        // with a mismatch flag (detected faults stay live) and with triplicated judgement
        TmrPass tmr = new TmrPass(TmrOptions.defaults().withVoters(TmrOptions.VoterMode.TRIPLICATED)
                .withOutputs(TmrOptions.OutputMode.TRIPLICATED));
        qt().withExamples(80).forAll(RandomNetlists.combinational(8, 40), SourceDSL.integers().between(1, 700),
                SourceDSL.integers().between(1, 3)).checkAssert((n, count, threads) -> {
            List<Fault> faults = withPorts(n, FaultLists.allStuckAt(n));
            PatternSet p = new PatternSet(false, count, count * 17L + 3, 1);
            FaultSetCampaign c = new FaultSetCampaign(n, p, OutputCheck.EXACT, true);
            assertSame(c.withoutEventPropagation().run(faults, 1, ProgressListener.NONE),
                    c.withFirstPatternStems(1).run(faults, threads, ProgressListener.NONE));
            if (n.outputCount() >= 2) {
                FaultSetCampaign m = new FaultSetCampaign(n, p, OutputCheck.EXACT, n.outputCount() - 1, true);
                assertSame(m.withoutEventPropagation().run(faults, 1, ProgressListener.NONE),
                        m.withFirstPatternStems(1).run(faults, threads, ProgressListener.NONE));
            }
            Netlist t = tmr.apply(n);
            List<Fault> tf = FaultLists.allStuckAt(t);
            FaultSetCampaign tc = new FaultSetCampaign(t, p, OutputCheck.TRIPLICATED, true);
            assertSame(tc.withoutEventPropagation().run(tf, 1, ProgressListener.NONE),
                    tc.withFirstPatternStems(1).run(tf, threads, ProgressListener.NONE));
        });
    }

    @Test
    void iscas85CircuitsGiveTheSameResults() throws Exception {
        Path dir = Path.of(System.getProperty("tmrkit.root", "."), "benchmarks", "iscas85");
        assertTrue(Files.isDirectory(dir), "no benchmarks at " + dir.toAbsolutePath());
        int circuits = 0;
        for (String name : new String[] {"c17", "c432", "c499", "c880", "c1355", "c1908", "c2670", "c3540", "c5315", "c6288", "c7552"}) {
            Netlist n = NetlistFiles.read(dir.resolve(name + ".bench"));
            List<Fault> faults = FaultCollapsing.collapse(n).representatives();
            PatternSet p = new PatternSet(false, 3000, 1, 1);
            for (boolean drop : new boolean[] {false, true}) {
                FaultSetCampaign c = new FaultSetCampaign(n, p, OutputCheck.EXACT, drop);
                CampaignResult expected = c.withoutEventPropagation().run(faults, 2, ProgressListener.NONE);
                assertSame(expected, c.run(faults, 2, ProgressListener.NONE));
                if (drop) {     // the stem lanes on every pattern of the first word, and never
                    assertSame(expected, c.withFirstPatternStems(1).run(faults, 1, ProgressListener.NONE));
                    assertSame(expected, c.withFirstPatternStems(0).run(faults, 1, ProgressListener.NONE));
                }
            }
            circuits++;
        }
        assertEquals(11, circuits);
    }

    @Test
    void sixtyFourThousandPatternsWithDroppingGiveTheSameResults() throws Exception {
        // the widest chunks (32 words) only appear past 2k patterns
        Path dir = Path.of(System.getProperty("tmrkit.root", "."), "benchmarks", "iscas85");
        for (String name : new String[] {"c880", "c3540"}) {
            Netlist n = NetlistFiles.read(dir.resolve(name + ".bench"));
            List<Fault> faults = FaultCollapsing.collapse(n).representatives();
            FaultSetCampaign c = new FaultSetCampaign(n, new PatternSet(false, 65_536, 1, 1), OutputCheck.EXACT, true);
            assertSame(c.withoutEventPropagation().run(faults, 2, ProgressListener.NONE), c.run(faults, 1, ProgressListener.NONE));
        }
    }

    /** The stuck-at faults plus both stuck-at faults on every output port. */
    private static List<Fault> withPorts(Netlist n, List<Fault> faults) {
        List<Fault> all = new ArrayList<>(faults);
        for (int o = 0; o < n.outputCount(); o++) {
            all.add(StuckAt.sa0(new Site.Port(o)));
            all.add(StuckAt.sa1(new Site.Port(o)));
        }
        return all;
    }

    private static void assertSame(CampaignResult expected, CampaignResult actual) {
        assertEquals(expected.faults(), actual.faults());
        for (int k = 0; k < expected.faults(); k++) {
            FaultResult e = expected.results().get(k);
            FaultResult a = actual.results().get(k);
            assertEquals(e, a, e.site() + " " + e.kind());
        }
    }
}
