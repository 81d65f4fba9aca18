package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.verilog.write.VerilogOptions;
import dev.tmrkit.circuits.io.verilog.VerilogReader;
import dev.tmrkit.circuits.io.yosys.YosysJsonReader;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.circuits.tmr.check.Equivalence;
import dev.tmrkit.circuits.tmr.check.TmrCheck;
import dev.tmrkit.circuits.tmr.hierarchy.TmrModules;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A design of its own, a 4-bit counter with enable and a comparator, all the way: yosys synth → tmrkit TMR (voted
 * registers) → kept Verilog under the original's module name and ports → yosys synth again → tmrkit (from Yosys's
 * JSON and from its Verilog). Every replica, voter and flip-flop survives, and one testbench, written for the
 * original module and compiled unchanged against the RTL, tmrkit's Verilog and the synthesised TMR netlist, prints
 * the same trace from Icarus Verilog.
 */
class EndToEndSynthesisTest {
    private static final String COUNTER = "module cnt(input clk, input en, output [3:0] q, output hit);\n"
            + "  reg [3:0] r = 4'd0;\n"
            + "  always @(posedge clk) if (en) r <= r + 4'd1;\n"
            + "  assign q = r;\n"
            + "  assign hit = (r == 4'd9);\n"
            + "endmodule\n";
    /** Written for the original: instantiates cnt with its bus port q. */
    private static final String BENCH = "module tb;\n"
            + "  reg clk = 0, en = 0;\n"
            + "  wire [3:0] q; wire hit;\n"
            + "  integer i, seed = 12;\n"
            + "  cnt dut(.clk(clk), .en(en), .q(q), .hit(hit));\n"
            + "  initial begin\n"
            + "    for (i = 0; i < 200; i = i + 1) begin\n"
            + "      en = $random(seed);\n"
            + "      #1 $display(\"cycle %0d q %b hit %b\", i, q, hit);\n"
            + "      clk = 1; #1 clk = 0;\n"
            + "    end\n"
            + "    $finish;\n"
            + "  end\n"
            + "endmodule\n";

    @TempDir
    Path dir;

    @Test
    void counterThroughYosysTmrYosysKeepsItsRedundancyAndSimulatesLikeTheOriginal() throws IOException {
        ExternalTool.requireWorking(ExternalTool.YOSYS, "iverilog");
        Files.writeString(dir.resolve("cnt.v"), COUNTER);
        ExternalTool.yosys(dir, "read_verilog cnt.v; synth -flatten -top cnt; write_json cnt.json");
        Netlist original = new YosysJsonReader().read(dir.resolve("cnt.json"));
        assertEquals(4, original.stats().dffs());

        Netlist tmr = new TmrPass(TmrOptions.defaults().withScope(TmrOptions.Scope.REGISTERS)).run(original).netlist();
        String written = TmrModules.writer(VerilogOptions.defaults().withModule(original.name())).write(tmr);
        assertTrue(written.contains("module cnt (clk, en, q, hit);\n  input clk;\n  input en;\n  output [3:0] q;\n"), written);
        assertTrue(written.contains("(* keep, dont_touch = \"true\" *)"), "kept instances");
        Files.writeString(dir.resolve("t.v"), written);
        ExternalTool.yosys(dir, "read_verilog t.v; synth -flatten; tee -o stat.txt stat; write_verilog -noattr syn.v;"
                + " setattr -mod -unset keep_hierarchy; flatten; opt_clean; write_json syn.json");

        String stat = Files.readString(dir.resolve("stat.txt"));
        int voters = TmrModules.of(tmr).size() - 3;
        assertEquals(4 * 3 + 5, voters, "4 registers x 3 voters + 5 output voters");
        assertTrue(Pattern.compile("^\\s+cnt-tmr\\$tmr\\$voter\\s+" + voters + "$", Pattern.MULTILINE).matcher(stat).find(), stat);
        for (Netlist back : List.of(new YosysJsonReader().read(dir.resolve("syn.json")),
                new VerilogReader().read(dir.resolve("syn.v")))) {
            assertEquals(12, back.stats().dffs(), "every flip-flop of every replica");
            assertEquals(original.inputNames(), back.inputNames());
            assertEquals(original.outputNames(), back.outputNames());
            assertTrue(Equivalence.verify(original, back, new Equivalence.Settings(2000, 40, 5)).equivalent());
        }
        TmrCheck guard = TmrCheck.of(new YosysJsonReader().read(dir.resolve("syn.json")));
        assertEquals(TmrCheck.Verdict.INTACT, guard.verdict(), guard.describe());
        assertEquals(voters, guard.voters());

        Files.writeString(dir.resolve("tb.v"), BENCH);
        String rtl = simulate("rtl", "cnt.v");
        assertEquals(200, rtl.lines().count(), rtl);
        assertTrue(rtl.contains("q 1001 hit 1"), "the comparator fires: the stimulus reaches 9");
        assertEquals(rtl, simulate("tmrkit", "t.v"), "tmrkit's TMR Verilog, unchanged testbench");
        assertEquals(rtl, simulate("synthesised", "syn.v"), "Yosys's synthesis of it, unchanged testbench");
    }

    private String simulate(String name, String design) throws IOException {
        ExternalTool.Result compile = ExternalTool.run(dir, Duration.ofSeconds(60), "iverilog", "-o", name, "tb.v", design);
        assertEquals(0, compile.exitCode(), compile.output());
        ExternalTool.Result sim = ExternalTool.run(dir, Duration.ofSeconds(60), "vvp", "-n", name);
        assertEquals(0, sim.exitCode(), sim.output());
        return String.join("\n", sim.output().lines().filter(l -> l.startsWith("cycle ")).toList());
    }
}
