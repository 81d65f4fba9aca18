package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A design of its own, a 4-bit counter with enable and a comparator, all the way: yosys synth → tmrkit TMR (voted
 * registers) → kept Verilog → yosys synth again → tmrkit. Every replica, voter and flip-flop survives, and Icarus
 * Verilog simulates the original RTL and the synthesised TMR netlist identically on the same random stimulus.
 */
class EndToEndSynthesisTest {
    private static final String COUNTER = "module cnt(input clk, input en, output [3:0] q, output hit);\n"
            + "  reg [3:0] r = 4'd0;\n"
            + "  always @(posedge clk) if (en) r <= r + 4'd1;\n"
            + "  assign q = r;\n"
            + "  assign hit = (r == 4'd9);\n"
            + "endmodule\n";
    private static final String BENCH = "module tb;\n"
            + "  reg clk = 0, en = 0;\n"
            + "  wire [3:0] q1, q2; wire h1, h2;\n"
            + "  integer i, mismatches = 0, hits = 0, seed = 12;\n"
            + "  cnt ref(.clk(clk), .en(en), .q(q1), .hit(h1));\n"
            + "  \\cnt-tmr  dut(.clk(clk), .en(en), .\\q[0] (q2[0]), .\\q[1] (q2[1]), .\\q[2] (q2[2]), .\\q[3] (q2[3]),"
            + " .hit(h2));\n"
            + "  initial begin\n"
            + "    for (i = 0; i < 200; i = i + 1) begin\n"
            + "      en = $random(seed);\n"
            + "      #1 if (q1 !== q2 || h1 !== h2) mismatches = mismatches + 1;\n"
            + "      if (h1) hits = hits + 1;\n"
            + "      clk = 1; #1 clk = 0;\n"
            + "    end\n"
            + "    $display(\"cycles 200 mismatches %0d hits %0d\", mismatches, hits);\n"
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
        Files.writeString(dir.resolve("t.v"), TmrModules.writer().write(tmr));
        ExternalTool.yosys(dir, "read_verilog t.v; synth -flatten; tee -o stat.txt stat; write_verilog -noattr syn.v;"
                + " setattr -mod -unset keep_hierarchy; flatten; opt_clean; write_json syn.json");

        String stat = Files.readString(dir.resolve("stat.txt"));
        int voters = TmrModules.of(tmr).size() - 3;
        assertEquals(4 * 3 + 5, voters, "4 registers x 3 voters + 5 output voters");
        assertTrue(Pattern.compile("^\\s+cnt-tmr\\$tmr\\$voter\\s+" + voters + "$", Pattern.MULTILINE).matcher(stat).find(), stat);
        Netlist back = new YosysJsonReader().read(dir.resolve("syn.json"));
        assertEquals(12, back.stats().dffs(), "every flip-flop of every replica");
        TmrCheck guard = TmrCheck.of(back);
        assertEquals(TmrCheck.Verdict.INTACT, guard.verdict(), guard.describe());
        assertEquals(voters, guard.voters());
        assertTrue(Equivalence.verify(original, back, new Equivalence.Settings(2000, 40, 5)).equivalent());

        Files.writeString(dir.resolve("tb.v"), BENCH);
        ExternalTool.Result compile = ExternalTool.run(dir, Duration.ofSeconds(60), "iverilog", "-o", "sim", "tb.v", "cnt.v", "syn.v");
        assertEquals(0, compile.exitCode(), compile.output());
        ExternalTool.Result sim = ExternalTool.run(dir, Duration.ofSeconds(60), "vvp", "-n", "sim");
        Matcher m = Pattern.compile("cycles 200 mismatches (\\d+) hits (\\d+)").matcher(sim.output());
        assertTrue(m.find(), sim.output());
        assertEquals(0, Integer.parseInt(m.group(1)), sim.output());
        assertTrue(Integer.parseInt(m.group(2)) > 0, "the comparator fired: the stimulus reaches 9");
    }
}
