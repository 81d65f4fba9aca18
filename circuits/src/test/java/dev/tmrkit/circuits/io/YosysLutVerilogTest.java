package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.tmr.check.Equivalence;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FPGA netlists that Yosys writes as Verilog ({@code write_verilog -noattr}: {@code SB_LUT4 #(.LUT_INIT(...))},
 * {@code LUT3 #(.INIT(...))}, {@code \$lut #(.LUT(...))} with {@code -noexpr}, {@code 8'h2c >> {...}} without) read as
 * look-up tables: each is equivalent (exhaustively) to the Yosys JSON of the same synthesis, and its evaluation on all
 * 512 input combinations prints what Icarus Verilog prints for the RTL.
 */
class YosysLutVerilogTest {
    private static final String RTL = "module comb(input [3:0] a, input [3:0] b, input s, output [3:0] y, output z);\n"
            + "  assign y = s ? (a ^ b) : (a & ~b);\n"
            + "  assign z = (a + b) > 4'd9;\n"
            + "endmodule\n";
    private static final String BENCH = "module tb;\n"
            + "  reg [3:0] a, b; reg s; wire [3:0] y; wire z; integer i;\n"
            + "  comb dut(.a(a), .b(b), .s(s), .y(y), .z(z));\n"
            + "  initial begin\n"
            + "    for (i = 0; i < 512; i = i + 1) begin\n"
            + "      {s, b, a} = i; #1 $display(\"%0d %b %b\", i, y, z);\n"
            + "    end\n"
            + "  end\n"
            + "endmodule\n";
    /** Flow name to Yosys script (after read_verilog) and the cell the Verilog must show. */
    private static final Map<String, String[]> FLOWS = Map.of(
            "ice40", new String[] {"synth_ice40 -nocarry -top comb", "SB_LUT4 #("},
            "xilinx", new String[] {"synth_xilinx -nocarry -nowidelut -noiopad -top comb", "LUT3 #("},
            "lut", new String[] {"synth -lut 4 -top comb", " >> {"});

    @TempDir
    Path dir;

    @BeforeAll
    static void tools() {
        ExternalTool.requireWorking(ExternalTool.YOSYS, "iverilog");
    }

    @Test
    void lookUpTableVerilogReadsEquivalentToTheJsonOfTheSameSynthesisAndSimulatesAsTheRtl() throws IOException {
        Files.writeString(dir.resolve("comb.v"), RTL);
        Files.writeString(dir.resolve("tb.v"), BENCH);
        ExternalTool.Result compile = ExternalTool.run(dir, Duration.ofSeconds(60), "iverilog", "-o", "rtl", "tb.v", "comb.v");
        assertEquals(0, compile.exitCode(), compile.output());
        List<String> icarus = ExternalTool.run(dir, Duration.ofSeconds(60), "vvp", "-n", "rtl").output().lines()
                .filter(l -> l.matches("\\d+ [01]{4} [01]")).toList();
        assertEquals(512, icarus.size());
        for (Map.Entry<String, String[]> flow : FLOWS.entrySet()) {
            String f = flow.getKey();
            ExternalTool.yosys(dir, "read_verilog comb.v; " + flow.getValue()[0] + "; write_json " + f + ".json;"
                    + " write_verilog -noattr " + f + ".v; write_verilog -noattr -noexpr " + f + "-noexpr.v");
            assertTrue(Files.readString(dir.resolve(f + ".v")).contains(flow.getValue()[1]), f);
            Netlist json = NetlistFiles.read(dir.resolve(f + ".json"));
            for (String v : List.of(f + ".v", f + "-noexpr.v")) {
                Netlist verilog = NetlistFiles.read(dir.resolve(v));
                assertEquals(json.inputNames(), verilog.inputNames(), v);
                assertEquals(json.outputNames(), verilog.outputNames(), v);
                Equivalence.Verdict same = Equivalence.verify(json, verilog, new Equivalence.Settings(1000, 1, 1));
                assertTrue(same.exhaustive() && same.equivalent(), v + ": " + same.describePatterns());
                assertEquals(icarus, evaluate(verilog), v + " against Icarus on the RTL");
            }
        }
        assertTrue(Files.readString(dir.resolve("lut-noexpr.v")).contains("\\$lut  #("), "the -noexpr form of $lut");
    }

    /** The testbench's lines, computed by tmrkit's reference evaluation of {@code n}. */
    private static List<String> evaluate(Netlist n) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 512; i++) {
            long in = 0;
            for (int k = 0; k < n.inputCount(); k++) {
                String name = n.inputNames().get(k);
                int bit = name.equals("s") ? 8 : (name.startsWith("b") ? 4 : 0) + name.charAt(2) - '0';
                in |= (long) (i >> bit & 1) << k;
            }
            boolean[] out = Truth.outputs(n, in);
            StringBuilder y = new StringBuilder();
            boolean z = false;
            char[] bits = new char[4];
            for (int o = 0; o < out.length; o++) {
                String name = n.outputNames().get(o);
                if (name.equals("z")) {
                    z = out[o];
                } else {
                    bits[3 - (name.charAt(2) - '0')] = out[o] ? '1' : '0';
                }
            }
            y.append(bits);
            lines.add(i + " " + y + " " + (z ? '1' : '0'));
        }
        return lines;
    }
}
