package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.io.verilog.write.VerilogWriter;
import dev.tmrkit.circuits.io.yosys.YosysJsonReader;
import dev.tmrkit.circuits.tmr.check.Equivalence;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Yosys cells that are what they are: asynchronous resets (against Icarus Verilog simulating the RTL) and FPGA
 * look-up tables (against their INIT truth tables, and against Yosys's own gate-level mapping of the same design).
 */
class YosysCellsTest {
    @TempDir
    Path dir;

    /** q: async active-low reset to 0; p: async active-high set to 1 with enable; t: sync reset; u: async, enable. */
    private static final String ASYNC = "module ar(input clk, input rst, input s, input en, input d, output reg q = 0,"
            + " output reg p = 0, output reg t = 0, output reg u = 0);\n"
            + "  always @(posedge clk or negedge rst) if (!rst) q <= 0; else q <= d;\n"
            + "  always @(posedge clk or posedge s) if (s) p <= 1; else if (en) p <= d ^ q;\n"
            + "  always @(posedge clk) if (s) t <= 0; else t <= d;\n"
            + "  always @(posedge clk or posedge rst) if (rst) u <= 0; else if (en) u <= ~u ^ p;\n"
            + "endmodule\n";

    /** Inputs change half a period after the rising edge (synchronous stimulus); outputs sampled just before it. */
    private static String bench(String module) {
        return "module tb;\n"
                + "  reg clk = 0, rst = 1, s = 0, en = 0, d = 0;\n"
                + "  wire q, p, t, u;\n"
                + "  integer i, seed = 5;\n"
                + "  " + module + " dut(.clk(clk), .rst(rst), .s(s), .en(en), .d(d), .q(q), .p(p), .t(t), .u(u));\n"
                + "  initial begin\n"
                + "    for (i = 0; i < 300; i = i + 1) begin\n"
                + "      rst = ($random(seed) % 5) != 0; s = ($random(seed) % 6) == 0; en = $random(seed); d = $random(seed);\n"
                + "      #1 $display(\"%0d %b%b%b%b\", i, q, p, t, u);\n"
                + "      clk = 1; #1 clk = 0;\n"
                + "    end\n"
                + "    $finish;\n"
                + "  end\n"
                + "endmodule\n";
    }

    @Test
    void asynchronousResetsReadFromJsonAndBlifSimulateLikeTheRtl() throws IOException {
        ExternalTool.requireWorking(ExternalTool.YOSYS, "iverilog");
        Files.writeString(dir.resolve("ar.v"), ASYNC);
        ExternalTool.yosys(dir, "read_verilog ar.v; synth -flatten -top ar; write_json ar.json; write_blif ar.blif");
        String json = Files.readString(dir.resolve("ar.json"));
        assertTrue(json.contains("$_DFF_PN0_") && json.contains("$_DFFE_PP1P_") && json.contains("$_DFFE_PP0P_"), json);
        Netlist fromJson = new YosysJsonReader().read(dir.resolve("ar.json"));
        Netlist fromBlif = NetlistFiles.read(dir.resolve("ar.blif"));
        assertEquals(List.of("rst", "s", "en", "d"), fromJson.inputNames(), "clk is the clock");
        assertEquals(4, fromJson.stats().dffs());
        assertTrue(Equivalence.verify(fromJson, fromBlif, new Equivalence.Settings(2000, 40, 3)).equivalent());
        Files.writeString(dir.resolve("tmrkit.v"), new VerilogWriter().write(fromJson));
        Files.writeString(dir.resolve("tb.v"), bench("ar"));
        String rtl = simulate("rtl", "tb.v", "ar.v");
        String read = simulate("read", "tb.v", "tmrkit.v");
        assertEquals(300, rtl.lines().count(), rtl);
        assertTrue(rtl.contains("0000") && rtl.contains("1"), "the trace moves: " + rtl);
        assertEquals(rtl, read);
    }

    private String simulate(String name, String... files) throws IOException {
        String[] command = new String[files.length + 3];
        command[0] = "iverilog";
        command[1] = "-o";
        command[2] = name;
        System.arraycopy(files, 0, command, 3, files.length);
        ExternalTool.Result compile = ExternalTool.run(dir, Duration.ofSeconds(60), command);
        assertEquals(0, compile.exitCode(), compile.output());
        ExternalTool.Result run = ExternalTool.run(dir, Duration.ofSeconds(60), "vvp", "-n", name);
        assertEquals(0, run.exitCode(), run.output());
        return String.join("\n", run.output().lines().filter(l -> l.matches("\\d+ [01]{4}")).toList());
    }

    @Test
    void separateSetAndResetIsRefusedWithTheReason() {
        String json = "{\"modules\": {\"m\": {\"ports\": {\"c\": {\"direction\": \"input\", \"bits\": [2]},"
                + " \"s\": {\"direction\": \"input\", \"bits\": [3]}, \"r\": {\"direction\": \"input\", \"bits\": [4]},"
                + " \"d\": {\"direction\": \"input\", \"bits\": [5]}, \"q\": {\"direction\": \"output\", \"bits\": [6]}},"
                + " \"cells\": {\"f\": {\"type\": \"$_DFFSR_PPP_\", \"connections\": {\"C\": [2], \"S\": [3], \"R\": [4],"
                + " \"D\": [5], \"Q\": [6]}}}}}}";
        ParseException e = assertThrows(ParseException.class, () -> new YosysJsonReader().parse("m.json", json));
        assertTrue(e.getMessage().contains("no separate set and reset"), e.getMessage());
    }

    /** A JSON module with one look-up table cell of {@code type} on inputs i0.. and output y. */
    private static String lutJson(String type, int width, String parameter, String table) {
        StringBuilder ports = new StringBuilder();
        StringBuilder connections = new StringBuilder();
        for (int i = 0; i < width; i++) {
            ports.append("\"i").append(i).append("\": {\"direction\": \"input\", \"bits\": [").append(i + 2).append("]}, ");
            if (!type.equals("$lut")) {
                connections.append("\"I").append(i).append("\": [").append(i + 2).append("], ");
            }
        }
        if (type.equals("$lut")) {
            connections.append("\"A\": [");
            for (int i = 0; i < width; i++) {
                connections.append(i == 0 ? "" : ", ").append(i + 2);
            }
            connections.append("], ");
        }
        String out = type.equals("$lut") ? "Y" : "O";
        return "{\"modules\": {\"m\": {\"ports\": {" + ports + "\"y\": {\"direction\": \"output\", \"bits\": [99]}},"
                + " \"cells\": {\"l\": {\"type\": \"" + type + "\", \"parameters\": {\"" + parameter + "\": \"" + table
                + "\"}, \"connections\": {" + connections + "\"" + out + "\": [99]}}}}}}";
    }

    @Test
    void lookUpTablesComputeTheirInitTableExhaustively() {
        Random random = new Random(11);
        String[][] kinds = {{"$lut", "LUT"}, {"LUT1", "INIT"}, {"LUT2", "INIT"}, {"LUT3", "INIT"}, {"LUT4", "INIT"},
            {"LUT5", "INIT"}, {"LUT6", "INIT"}, {"SB_LUT4", "LUT_INIT"}};
        int checked = 0;
        for (String[] kind : kinds) {
            for (int trial = 0; trial < 20; trial++) {
                int width = kind[0].equals("$lut") ? 1 + random.nextInt(6)
                        : kind[0].equals("SB_LUT4") ? 4 : kind[0].charAt(3) - '0';
                StringBuilder table = new StringBuilder();
                for (int k = 0; k < 1 << width; k++) {
                    table.append(trial == 0 ? '0' : trial == 1 ? '1' : random.nextBoolean() ? '1' : '0');
                }
                Netlist n = new YosysJsonReader().parse("l.json", lutJson(kind[0], width, kind[1], table.toString()));
                for (int v = 0; v < 1 << width; v++) {
                    boolean expected = table.charAt(table.length() - 1 - v) == '1';
                    assertEquals(expected, Truth.outputs(n, v)[0], kind[0] + " " + table + " at " + v);
                    checked++;
                }
            }
        }
        assertTrue(checked > 1500, "rows checked: " + checked);
    }

    @Test
    void aTableWiderThanItsInputsOrWithoutInitIsRefused() {
        ParseException wide = assertThrows(ParseException.class,
                () -> new YosysJsonReader().parse("l.json", lutJson("LUT2", 2, "INIT", "10000")));
        assertTrue(wide.getMessage().contains("a 1 at position 4"), wide.getMessage());
        ParseException none = assertThrows(ParseException.class,
                () -> new YosysJsonReader().parse("l.json", lutJson("LUT2", 2, "LUT_INIT", "1000")));
        assertTrue(none.getMessage().contains("without its INIT parameter"), none.getMessage());
    }

    @Test
    void aDesignMappedToLutsByYosysComputesWhatItsGateMappingComputes() throws IOException {
        ExternalTool.requireWorking(ExternalTool.YOSYS);
        Files.writeString(dir.resolve("comb.v"), "module comb(input [3:0] a, input [2:0] b, output [2:0] y, output z);\n"
                + "  assign y = a[2:0] + b;\n  assign z = (a == {1'b0, b}) ^ a[3];\nendmodule\n");
        ExternalTool.yosys(dir, "read_verilog comb.v; synth -lut 4 -top comb; write_json lut.json; design -reset;"
                + " read_verilog comb.v; synth -top comb; write_json gates.json");
        assertTrue(Files.readString(dir.resolve("lut.json")).contains("\"$lut\""));
        Netlist luts = new YosysJsonReader().read(dir.resolve("lut.json"));
        Netlist gates = new YosysJsonReader().read(dir.resolve("gates.json"));
        Equivalence.Verdict v = Equivalence.verify(gates, luts, new Equivalence.Settings(1000, 1, 1));
        assertTrue(v.exhaustive() && v.equivalent(), v.describePatterns());
    }

    @Test
    void iCE40AndXilinxLookUpTablesFromJsonAndBlifComputeWhatTheGateMappingComputes() throws IOException {
        ExternalTool.requireWorking(ExternalTool.YOSYS);
        Files.writeString(dir.resolve("comb.v"), "module comb(input [3:0] a, input [2:0] b, output [2:0] y, output z);\n"
                + "  assign y = a[2:0] + b;\n  assign z = (a == {1'b0, b}) ^ a[3];\nendmodule\n");
        ExternalTool.yosys(dir, "read_verilog comb.v; synth -top comb; write_json gates.json; design -reset;"
                + " read_verilog comb.v; synth_ice40 -nocarry -top comb; write_json ice.json; write_blif -param ice.blif;"
                + " design -reset; read_verilog comb.v; synth_xilinx -nocarry -nowidelut -noiopad -top comb; write_json x.json;"
                + " write_blif -param x.blif");
        assertTrue(Files.readString(dir.resolve("ice.blif")).contains(".subckt SB_LUT4"));
        assertTrue(Files.readString(dir.resolve("x.blif")).contains(".subckt LUT6"));
        Netlist gates = new YosysJsonReader().read(dir.resolve("gates.json"));
        for (String f : List.of("ice.json", "ice.blif", "x.json", "x.blif")) {
            Netlist luts = NetlistFiles.read(dir.resolve(f));
            Equivalence.Verdict v = Equivalence.verify(gates, luts, new Equivalence.Settings(1000, 1, 1));
            assertTrue(v.exhaustive() && v.equivalent(), f + ": " + v.describePatterns());
        }
        ExternalTool.yosys(dir, "read_verilog comb.v; synth_ice40 -nocarry -top comb; write_blif noparam.blif");
        ParseException noInit = assertThrows(ParseException.class, () -> NetlistFiles.read(dir.resolve("noparam.blif")));
        assertTrue(noInit.getMessage().contains("write_blif -param"), noInit.getMessage());
    }
}
