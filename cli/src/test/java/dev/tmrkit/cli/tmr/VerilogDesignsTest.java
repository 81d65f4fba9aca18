package dev.tmrkit.cli.tmr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.verilog.synth.YosysSynthesis;
import dev.tmrkit.cli.Cli;
import dev.tmrkit.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real designs through the command line: behavioural Verilog synthesised by Yosys with --top (and refused clearly
 * without it, or without Yosys), structural Verilog read directly, --clock checked against the flip-flops, and the
 * TMR Verilog a drop-in replacement of the original module in an unchanged testbench.
 */
class VerilogDesignsTest {
    /** A counter with enable and a comparator, clocked by 'ck'. */
    private static final String RTL = "module cnt(input ck, input en, output [3:0] q, output hit);\n"
            + "  reg [3:0] r = 4'd0;\n"
            + "  always @(posedge ck) if (en) r <= r + 4'd1;\n"
            + "  assign q = r;\n"
            + "  assign hit = (r == 4'd9);\n"
            + "endmodule\n";
    private static final String BENCH = "module tb;\n"
            + "  reg ck = 0, en = 0;\n"
            + "  wire [3:0] q; wire hit;\n"
            + "  integer i, seed = 3;\n"
            + "  cnt dut(.ck(ck), .en(en), .q(q), .hit(hit));\n"
            + "  initial begin\n"
            + "    for (i = 0; i < 150; i = i + 1) begin\n"
            + "      en = $random(seed);\n"
            + "      #1 $display(\"cycle %0d q %b hit %b\", i, q, hit);\n"
            + "      ck = 1; #1 ck = 0;\n"
            + "    end\n"
            + "    $finish;\n"
            + "  end\n"
            + "endmodule\n";

    @TempDir
    Path dir;

    @Test
    void behaviouralVerilogWithTopIsSynthesisedByYosysAndTheTmrModuleDropsIntoTheTestbench() throws IOException {
        ExternalTool.requireWorking(ExternalTool.YOSYS, "iverilog");
        Path rtl = dir.resolve("cnt.v");
        Files.writeString(rtl, RTL);
        Path out = dir.resolve("cnt-tmr.v");
        Cli r = Cli.run("tmr", rtl.toString(), "--top", "cnt", "--scope", "registers", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(rtl + " is behavioural Verilog (3:39: the operator '+'); synthesised by yosys -p 'read_verilog "
                + rtl + "; hierarchy -top cnt; proc;"), r.err());
        String written = Files.readString(out);
        assertTrue(written.contains("module cnt (ck, en, q, hit);\n  input ck;\n  input en;\n  output [3:0] q;\n"), written);

        Files.writeString(dir.resolve("tb.v"), BENCH);
        String original = simulate("rtl", "cnt.v");
        assertEquals(150, original.lines().count(), original);
        assertTrue(original.contains("q 1001 hit 1"), "the comparator fires");
        assertEquals(original, simulate("tmr", "cnt-tmr.v"), "the same testbench, unchanged, against tmrkit's TMR module");

        Cli info = Cli.run("info", out.toString());
        assertEquals(0, info.code(), "tmrkit reads its own structural Verilog back: " + info.err());
        Cli check = Cli.run("check-tmr", out.toString());
        assertEquals(0, check.code(), check.out() + check.err());
    }

    private String simulate(String name, String design) throws IOException {
        ExternalTool.Result compile = ExternalTool.run(dir, Duration.ofSeconds(60), "iverilog", "-o", name, "tb.v", design);
        assertEquals(0, compile.exitCode(), compile.output());
        ExternalTool.Result sim = ExternalTool.run(dir, Duration.ofSeconds(60), "vvp", "-n", name);
        return String.join("\n", sim.output().lines().filter(l -> l.startsWith("cycle ")).toList());
    }

    @Test
    void behaviouralVerilogWithoutTopOrWithoutYosysFailsClearly() throws IOException {
        Path rtl = dir.resolve("cnt.v");
        Files.writeString(rtl, RTL);
        Path out = dir.resolve("out.v");
        Cli noTop = Cli.run("tmr", rtl.toString(), "-o", out.toString());
        assertEquals(2, noTop.code());
        assertTrue(noTop.err().startsWith(rtl + ":3:39: the operator '+' is behavioural Verilog, not the structural subset"
                + " tmrkit reads itself; give the top module (--top NAME)"), noTop.err());
        String before = System.getProperty(YosysSynthesis.EXECUTABLE_PROPERTY);
        System.setProperty(YosysSynthesis.EXECUTABLE_PROPERTY, dir.resolve("no-such-yosys").toString());
        try {
            Cli missing = Cli.run("tmr", rtl.toString(), "--top", "cnt", "-o", out.toString());
            assertEquals(2, missing.code());
            assertTrue(missing.err().contains(rtl + ": synthesising behavioural Verilog needs yosys, which is not installed"),
                    missing.err());
        } finally {
            if (before == null) {
                System.clearProperty(YosysSynthesis.EXECUTABLE_PROPERTY);
            } else {
                System.setProperty(YosysSynthesis.EXECUTABLE_PROPERTY, before);
            }
        }
        assertFalse(Files.exists(out), "no output file");
    }

    @Test
    void theClockIsChosenByNameAndRefusedWhenItClocksNothing() throws IOException {
        Path blif = dir.resolve("t.blif");
        Files.writeString(blif, ".model t\n.inputs ck en d\n.outputs q\n.subckt $_DFFE_PP_ C=ck D=d E=en Q=q\n.end\n");
        Cli ok = Cli.run("info", blif.toString(), "--clock", "ck");
        assertEquals(0, ok.code(), ok.err());
        Cli wrong = Cli.run("info", blif.toString(), "--clock", "en");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().startsWith(blif + ":4:9: --clock en: 'en' does not feed the flip-flops' clock; they are"
                + " clocked by 'ck'"), wrong.err());
        Path v = dir.resolve("s.v");
        Files.writeString(v, "module s(input ck, input d, output reg q);\n  always @(posedge ck) q <= d;\nendmodule\n");
        Path out = dir.resolve("s-tmr.v");
        Cli tmr = Cli.run("tmr", v.toString(), "--clock", "ck", "--module", "s_tmr", "-o", out.toString());
        assertEquals(0, tmr.code(), tmr.err());
        String written = Files.readString(out);
        assertTrue(written.contains("module s_tmr (ck, d, q);") && written.contains("always @(posedge ck)")
                && !written.contains("clk"), "the clock keeps its name, no second clock: " + written);
        Cli bench = Cli.run("info", "c17", "--clock", "clk");
        assertEquals(2, bench.code());
        assertTrue(bench.err().contains("--clock applies to netlist files"), bench.err());
        Cli notVerilog = Cli.run("tmr", "c17", "--module", "x", "-o", dir.resolve("c.bench").toString());
        assertEquals(2, notVerilog.code());
        assertTrue(notVerilog.err().contains("--module needs -o FILE.v"), notVerilog.err());
    }
}
