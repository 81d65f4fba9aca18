package dev.tmrkit.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.blif.BlifReader;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.io.yosys.YosysJsonReader;
import dev.tmrkit.circuits.tmr.check.Equivalence;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BLIF as Yosys writes it: flip-flops as {@code .subckt $_DFF..._}, and their clock is the clock, not an input. */
class YosysBlifTest {
    @TempDir
    Path dir;

    @Test
    void theClockOfFlipFlopSubcircuitsIsNotAnInput() {
        Netlist n = new BlifReader().parse("t.blif", ".model t\n.inputs clk en d\n.outputs q\n"
                + ".subckt $_DFFE_PP_ C=clk D=d E=en Q=q\n.end\n");
        assertEquals(List.of("en", "d"), n.inputNames());
        assertEquals(1, n.stats().dffs());
        // q' = en ? d : q, written independently as .bench
        Netlist reference = new BenchReader().parse("r.bench", "INPUT(en)\nINPUT(d)\nOUTPUT(q)\nq = DFF(n)\n"
                + "n = OR(x, y)\nx = AND(en, d)\nne = NOT(en)\ny = AND(ne, q)\n");
        assertTrue(Equivalence.verify(reference, n, new Equivalence.Settings(1000, 20, 3)).equivalent());
    }

    @Test
    void twoClocksOrAClockReadByLogicAreRefusedWhereTheyAre() {
        ParseException twoEdges = assertThrows(ParseException.class, () -> new BlifReader().parse("t.blif",
                ".model t\n.inputs clk a b\n.outputs q r\n.subckt $_DFF_P_ C=clk D=a Q=q\n.subckt $_DFF_N_ C=clk D=b Q=r\n.end\n"));
        assertTrue(twoEdges.getMessage().startsWith("t.blif:5:9: flip-flop clocked by the falling edge of clk, but the one at"
                + " line 4 by the rising edge of clk"), twoEdges.getMessage());
        ParseException read = assertThrows(ParseException.class, () -> new BlifReader().parse("t.blif",
                ".model t\n.inputs clk a\n.outputs q y\n.subckt $_DFF_P_ C=clk D=a Q=q\n.subckt $_AND_ A=a B=clk Y=y\n.end\n"));
        assertTrue(read.getMessage().startsWith("t.blif:4:9: the clock 'clk' is also read by logic"), read.getMessage());
    }

    @Test
    void aYosysBlifAndAYosysJsonOfTheSameClockedDesignReadAlike() throws IOException {
        ExternalTool.requireWorking(ExternalTool.YOSYS);
        Files.writeString(dir.resolve("cnt.v"), "module cnt(input clk, input en, input rst, output [3:0] q, output hit);\n"
                + "  reg [3:0] r = 0;\n"
                + "  always @(posedge clk) if (rst) r <= 0; else if (en) r <= r + 1;\n"
                + "  assign q = r;\n  assign hit = (r == 4'd9);\nendmodule\n");
        ExternalTool.yosys(dir, "read_verilog cnt.v; synth -flatten -top cnt; write_blif cnt.blif; write_json cnt.json");
        assertTrue(Files.readString(dir.resolve("cnt.blif")).contains(".subckt $_SDFFE_"), "the flow makes $_SDFFE_ cells");
        Netlist blif = NetlistFiles.read(dir.resolve("cnt.blif"));
        Netlist json = new YosysJsonReader().read(dir.resolve("cnt.json"));
        assertEquals(List.of("en", "rst"), blif.inputNames(), "clk is the clock, not an input");
        assertEquals(json.inputNames(), blif.inputNames());
        assertEquals(json.outputNames(), blif.outputNames());
        assertEquals(4, blif.stats().dffs());
        assertEquals(json.stats().dffs(), blif.stats().dffs());
        assertTrue(Equivalence.verify(json, blif, new Equivalence.Settings(2000, 40, 7)).equivalent());
    }
}
