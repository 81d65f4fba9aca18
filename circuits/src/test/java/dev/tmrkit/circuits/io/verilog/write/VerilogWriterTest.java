package dev.tmrkit.circuits.io.verilog.write;

import dev.tmrkit.circuits.io.verilog.synth.YosysScript;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.NetlistFormat;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.circuits.io.bench.BenchReaderTest;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Verilog text the writer produces, golden, its escaping, its clock and ports, and what it refuses. */
class VerilogWriterTest {
    private static final VerilogWriter WRITER = new VerilogWriter();

    @Test
    void writesC17AsAssignsWithEscapedNames() {
        assertEquals("""
                // c17
                // 5 inputs, 2 outputs, 6 gates, 0 D flip-flops
                // written by tmrkit
                module c17 (\\1 , \\2 , \\3 , \\6 , \\7 , \\22 , \\23 );
                  input \\1 ;
                  input \\2 ;
                  input \\3 ;
                  input \\6 ;
                  input \\7 ;
                  output \\22 ;
                  output \\23 ;
                  wire \\10 ;
                  wire \\11 ;
                  wire \\16 ;
                  wire \\19 ;
                  assign \\10 = ~(\\1 & \\3 );
                  assign \\11 = ~(\\3 & \\6 );
                  assign \\16 = ~(\\2 & \\11 );
                  assign \\19 = ~(\\11 & \\7 );
                  assign \\22 = ~(\\10 & \\16 );
                  assign \\23 = ~(\\16 & \\19 );
                endmodule
                """, WRITER.write(BenchReaderTest.c17()));
    }

    @Test
    void flipFlopsGetAClockAnInitialZeroAndOneAlwaysBlock() {
        Netlist n = Netlist.builder("toggle").input("en").output("q").gate(GateType.XOR, "d", "q", "en").dff("q", "d").build();
        assertEquals("""
                // toggle
                // 1 inputs, 1 outputs, 1 gates, 1 D flip-flops
                // written by tmrkit
                // flip-flops: the clock input clk was added (tmrkit's clock is implicit); initial value 0
                module toggle (clk, en, q);
                  input clk;
                  input en;
                  output q;
                  wire d;
                  reg q = 1'b0;
                  assign d = q ^ en;
                  always @(posedge clk) begin
                    q <= d;
                  end
                endmodule
                """, WRITER.write(n));
        assertEquals(Optional.of("clk"), VerilogWriter.clockPort(n));
        Netlist clash = Netlist.builder("clash").input("clk").output("q").dff("q", "clk").build();
        assertEquals(Optional.of("$verilog$clk"), VerilogWriter.clockPort(clash));
        assertTrue(WRITER.write(clash).contains("  always @(posedge \\$verilog$clk ) begin\n    q <= clk;\n"), WRITER.write(clash));
        assertEquals(Optional.empty(), VerilogWriter.clockPort(BenchReaderTest.c17()));
    }

    @Test
    void everyGateTypeAndEveryKindOfName() {
        Netlist n = Netlist.builder("all kinds").input("a").input("module").input("$tmr$A$x").input("v[3]")
                .gate(GateType.AND, "and1", "a", "module", "$tmr$A$x").gate(GateType.OR, "or_1", "a", "v[3]")
                .gate(GateType.NOR, "nor$", "a", "module").gate(GateType.XOR, "x", "a", "v[3]")
                .gate(GateType.XNOR, "xn", "v[3]", "a").gate(GateType.NOT, "n", "module").gate(GateType.BUF, "b", "$tmr$A$x")
                .gate(GateType.CONST0, "zero").gate(GateType.CONST1, "one").gate(GateType.NAND, "na", "one", "zero")
                .output("and1").output("or_1").output("nor$").output("x").output("xn").output("n").output("b").output("na")
                .build();
        String v = new VerilogWriter(VerilogOptions.defaults().withScalarPorts(true)).write(n);
        for (String line : List.of("module all_kinds (a, \\module , \\$tmr$A$x , \\v[3] , and1,",
                "  assign and1 = a & \\module & \\$tmr$A$x ;", "  assign or_1 = a | \\v[3] ;", "  assign nor$ = ~(a | \\module );",
                "  assign x = a ^ \\v[3] ;", "  assign xn = ~(\\v[3] ^ a);", "  assign n = ~\\module ;", "  assign b = \\$tmr$A$x ;",
                "  assign zero = 1'b0;", "  assign one = 1'b1;", "  assign na = ~(one & zero);")) {
            assertTrue(v.contains(line + "\n") || v.contains(line + " "), line + "\nin\n" + v);
        }
    }

    @Test
    void outputsThatCannotBePortsOfTheirOwnName() {
        Netlist n = Netlist.builder("pass").input("a").input("$verilog$out$2").gate(GateType.NOT, "y", "a")
                .output("a").output("y").output("y").build();
        assertEquals(List.of("$verilog$out$0", "y", "$verilog$out$2$2"), VerilogWriter.outputPorts(n));
        String v = WRITER.write(n);
        assertTrue(v.contains("  assign \\$verilog$out$0 = a;\n"), v);
        assertTrue(v.contains("  assign \\$verilog$out$2$2 = y;\n"), v);
        assertTrue(v.contains("  output y;\n"), v);
    }

    @Test
    void namesVerilogCannotSpellAreRefusedBeforeWriting() {
        Netlist space = Netlist.builder("bad").input("a b").output("a b").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WRITER.write(space));
        assertEquals("cannot write Verilog: net name 'a b' contains a space; Verilog names, escaped ones included, are"
                + " printable ASCII without blanks", e.getMessage());
        Netlist accent = Netlist.builder("bad").input("caf\u00e9").output("caf\u00e9").build();
        e = assertThrows(IllegalArgumentException.class, () -> WRITER.write(accent));
        assertTrue(e.getMessage().contains("contains the non-ASCII character U+00E9"), e.getMessage());
    }

    @Test
    void busBitsBecomeOneBusPortUnderTheModuleAndClockNamesAsked() {
        Netlist n = Netlist.builder("cnt-tmr").input("en").input("d[1]").input("d[0]").input("w[0]").input("w[2]")
                .input("x[0]").gate(GateType.XOR, "q[0]", "d[0]", "r").dff("r", "en").gate(GateType.BUF, "q[1]", "d[1]")
                .gate(GateType.BUF, "x", "x[0]").output("q[1]").output("q[0]").output("x").build();
        String v = new VerilogWriter(VerilogOptions.defaults().withModule("cnt").withClock("ck")).write(n);
        for (String line : List.of("module cnt (ck, en, d, \\w[0] , \\w[2] , \\x[0] , q, x);", "  input ck;", "  input [1:0] d;",
                "  output [1:0] q;", "  wire \\d[0] ;", "  wire \\q[0] ;", "  assign \\d[1] = d[1];", "  assign q[0] = \\q[0] ;",
                "  always @(posedge ck) begin")) {
            assertTrue(v.contains(line + "\n"), line + "\nin\n" + v);
        }
        assertTrue(new VerilogWriter(VerilogOptions.defaults().withScalarPorts(true)).write(n)
                .contains("module \\cnt-tmr (clk, en, \\d[1] , \\d[0] ,"), "bit-blasted on request, under the netlist's name");
        IllegalArgumentException clash = assertThrows(IllegalArgumentException.class,
                () -> new VerilogWriter(VerilogOptions.defaults().withClock("en")).write(n));
        assertEquals("cannot name the clock input 'en': the netlist has a net of that name", clash.getMessage());
    }

    @Test
    void verilogIsWrittenAndReadAndBehaviouralVerilogIsRecognised() {
        assertTrue(NetlistFormat.VERILOG.canWrite() && NetlistFormat.VERILOG.canRead());
        ParseException e = assertThrows(ParseException.class, () -> NetlistFiles.reader(NetlistFormat.VERILOG).parse("top.v",
                "module top(input [1:0] a, output [1:0] y);\n  assign y = a + 2'd1;\nendmodule\n"));
        assertEquals("top.v:2:16: the operator '+' is behavioural Verilog, not the structural subset tmrkit reads itself;"
                + " give the top module (--top NAME) to have Yosys synthesise it (keep-safe, no merging), or convert it:"
                + " yosys -p 'read_verilog FILE; " + YosysScript.KEEP_SAFE
                + "; write_json FILE.json'", e.getMessage());
        IllegalArgumentException w = assertThrows(IllegalArgumentException.class, () -> NetlistFiles.writer(NetlistFormat.AIGER_BINARY));
        assertTrue(w.getMessage().contains("berkeley-abc -c 'read_blif x.blif; strash; write_aiger x.aig'"), w.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NetlistFiles.writer(NetlistFormat.YOSYS_JSON));
    }
}
