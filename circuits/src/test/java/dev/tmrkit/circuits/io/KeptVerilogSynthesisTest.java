package dev.tmrkit.circuits.io;

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
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.io.verilog.synth.YosysScript;
import dev.tmrkit.circuits.io.verilog.write.VerilogWriter;
import dev.tmrkit.circuits.library.C17;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.circuits.tmr.check.Equivalence;
import dev.tmrkit.circuits.tmr.check.TmrCheck;
import dev.tmrkit.circuits.tmr.hierarchy.TmrModules;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.StuckAt;
import dev.tmrkit.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kept Verilog of a TMR netlist through a real Yosys synthesis ({@code synth -flatten}: opt, opt_merge, ABC):
 * every replica and voter instance and every flip-flop survives, the re-read netlist still computes the original,
 * and a single stuck-at fault anywhere inside a replica is still masked. The same flow on the flat Verilog of
 * {@link VerilogWriter} merges the replicas, which is what makes the first assertions able to fail.
 */
class KeptVerilogSynthesisTest {
    /** The synthesis flow, then a flatten without any optimisation so that tmrkit can read the result. */
    private static final String SYNTH = "read_verilog t.v; synth -flatten; tee -o stat.txt stat;"
            + " setattr -mod -unset keep_hierarchy; flatten; opt_clean; write_json t.json";

    @TempDir
    Path dir;

    @BeforeAll
    static void tools() {
        ExternalTool.requireWorking(ExternalTool.YOSYS);
    }

    @Test
    void c17ReplicasAndVotersSurviveSynthesisAndStillMaskEveryReplicaFault() throws IOException {
        check(C17.netlist(), TmrOptions.defaults(), 3, 2);
    }

    @Test
    void s27FlipFlopsReplicasAndVotersSurviveSynthesis() throws IOException {
        Netlist s27 = NetlistFiles.read(Path.of(System.getProperty("tmrkit.root", "../.."), "benchmarks/iscas89/s27.bench"));
        // scope registers, triplicated voters: 3 flip-flops x 3 voters + 1 output voter
        check(s27, TmrOptions.defaults().withScope(TmrOptions.Scope.REGISTERS), 3, 10);
    }

    @Test
    void flatVerilogLosesItsReplicasInTheSameFlow() throws IOException {
        Netlist tmr = new TmrPass(TmrOptions.defaults()).run(C17.netlist()).netlist();
        Files.writeString(dir.resolve("t.v"), new VerilogWriter().write(tmr));
        ExternalTool.yosys(dir, SYNTH);
        Netlist back = new dev.tmrkit.circuits.io.yosys.YosysJsonReader().read(dir.resolve("t.json"));
        assertEquals(26, tmr.stats().gates());
        assertTrue(back.stats().gates() < 2 * C17.netlist().stats().gates(),
                "opt_merge and ABC merge the replicas of the flat Verilog: " + back.stats().gates() + " gates");
        for (int net = 0; net < back.netCount(); net++) {
            assertTrue(!back.netName(net).startsWith("$tmr$B"), "replica B left " + back.netName(net));
        }
        assertEquals(TmrCheck.Verdict.MERGED, TmrCheck.of(back).verdict(), "the guard sees it");
    }

    @Test
    void theFlowTmrkitSuggestsForReadingVerilogKeepsEveryGateOfFlatTmrVerilog() throws IOException {
        Netlist tmr = new TmrPass(TmrOptions.defaults()).run(C17.netlist()).netlist();
        Files.writeString(dir.resolve("t.v"), new VerilogWriter().write(tmr));
        ExternalTool.yosys(dir, "read_verilog t.v; " + YosysScript.KEEP_SAFE + "; write_json t.json");
        Netlist back = new dev.tmrkit.circuits.io.yosys.YosysJsonReader().read(dir.resolve("t.json"));
        for (int net = 0; net < tmr.netCount(); net++) {
            assertTrue(back.findNet(tmr.netName(net)).isPresent(), "no replica merged: " + tmr.netName(net));
        }
        assertTrue(Equivalence.verify(C17.netlist(), back, Equivalence.Settings.DEFAULT).equivalent());
    }

    private void check(Netlist original, TmrOptions options, int replicas, int voters) throws IOException {
        Netlist tmr = new TmrPass(options).run(original).netlist();
        assertEquals(replicas + voters, TmrModules.of(tmr).size());
        Files.writeString(dir.resolve("t.v"), TmrModules.writer().write(tmr));
        ExternalTool.yosys(dir, SYNTH);
        String top = topSection(Files.readString(dir.resolve("stat.txt")), tmr.name());
        for (String r : new String[] {"A", "B", "C"}) {
            assertEquals(1, count(top, tmr.name() + "$tmr$" + r), "instances of replica " + r + " in\n" + top);
        }
        assertEquals(voters, count(top, tmr.name() + "$tmr$voter"), top);

        Netlist back = new dev.tmrkit.circuits.io.yosys.YosysJsonReader().read(dir.resolve("t.json"));
        assertEquals(tmr.stats().dffs(), back.stats().dffs(), "every flip-flop of every replica survives");
        assertTrue(Equivalence.verify(original, back, Equivalence.Settings.DEFAULT).equivalent());
        TmrCheck guard = TmrCheck.of(back);
        assertEquals(TmrCheck.Verdict.INTACT, guard.verdict(), guard.describe());
        assertEquals(voters, guard.voters(), "every voter found by structure after synthesis");

        PatternSet patterns = PatternSet.choose(back.inputCount(), back.isSequential(), 4096, 1, 16);
        List<Fault> faults = FaultLists.allStuckAt(back);
        CampaignResult result = new FaultSetCampaign(back, patterns, OutputCheck.EXACT, false)
                .run(faults, 1, ProgressListener.NONE);
        int inReplicas = 0;
        for (FaultResult r : result.results()) {
            String net = back.netName(((StuckAt) r.fault()).site().net(back));
            if (net.matches("\\$tmr\\$[ABC][$.].*")) {
                inReplicas++;
                assertEquals(Outcome.MASKED, r.outcome(), r.site() + " " + r.kind());
            }
        }
        // every replica keeps at least one net per original gate, each with two stuck-at faults
        assertTrue(inReplicas >= 3 * 2 * original.stats().gates(), inReplicas + " faults in replicas");
    }

    /** The lines of Yosys's stat section of the top module. */
    private static String topSection(String stat, String top) {
        Matcher m = Pattern.compile("=== " + Pattern.quote(top) + " ===(.*?)(===|$)", Pattern.DOTALL).matcher(stat);
        assertTrue(m.find(), stat);
        return m.group(1);
    }

    /** The count Yosys's stat gives a cell type in a section (0 if absent). */
    private static int count(String section, String cellType) {
        Matcher m = Pattern.compile("^\\s+" + Pattern.quote(cellType) + "\\s+(\\d+)\\s*$", Pattern.MULTILINE).matcher(section);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
