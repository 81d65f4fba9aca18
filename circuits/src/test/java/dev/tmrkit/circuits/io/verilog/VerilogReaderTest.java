package dev.tmrkit.circuits.io.verilog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.circuits.io.verilog.write.VerilogWriter;
import dev.tmrkit.circuits.io.yosys.YosysJsonReader;
import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.tmr.check.Equivalence;
import dev.tmrkit.circuits.tmr.check.TmrCheck;
import dev.tmrkit.circuits.tmr.hierarchy.TmrModules;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.Gate;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.testing.RandomNetlists;
import dev.tmrkit.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The structural Verilog reader against tmrkit's writers, hand-computed truth tables and Yosys's own Verilog. */
class VerilogReaderTest {
    private static final long SEED = 20261129L;
    private static final VerilogReader READER = new VerilogReader();

    @TempDir
    Path dir;

    private static boolean distinctOutputs(Netlist n) {
        Set<Integer> seen = new HashSet<>();
        for (int o : n.outputIds()) {
            if (n.isInput(o) || !seen.add(o)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void writtenCombinationalVerilogReadsBackEquivalentAndGateForGate() {
        qt().withFixedSeed(SEED).withExamples(40).withGenerateAttempts(20000).forAll(RandomNetlists.combinational(6, 30))
                .assuming(VerilogReaderTest::distinctOutputs).checkAssert(n -> {
                    Netlist back = READER.parse("r.v", new VerilogWriter().write(n));
                    Equivalence.Verdict v = Equivalence.verify(n, back, new Equivalence.Settings(1000, 1, 1));
                    assertTrue(v.exhaustive() && v.equivalent(), v.describePatterns());
                    assertEquals(n, back, "every gate comes back as itself");
                });
    }

    @Test
    void writtenSequentialVerilogReadsBackEquivalentWithItsClockDropped() {
        qt().withFixedSeed(SEED).withExamples(80).withGenerateAttempts(20000).forAll(RandomNetlists.sequential(4, 20, 4))
                .assuming(VerilogReaderTest::distinctOutputs).checkAssert(n -> {
                    Netlist back = READER.parse("r.v", new VerilogWriter().write(n));
                    assertEquals(n.inputNames(), back.inputNames(), "clk is the clock, not an input");
                    assertEquals(n.stats().dffs(), back.stats().dffs());
                    assertTrue(Equivalence.verify(n, back, new Equivalence.Settings(256, 20, 3)).equivalent());
                });
    }

    @Test
    void keptTmrVerilogFlattensBackToAnIntactTmrNetlist() {
        for (String name : List.of("c17", "s27", "counter:3")) {
            Netlist original = BuiltinCircuits.byName(name, false).orElseThrow();
            Netlist tmr = new TmrPass(TmrOptions.defaults().withScope(TmrOptions.Scope.REGISTERS)).run(original).netlist();
            Netlist back = READER.parse("t.v", TmrModules.writer().write(tmr));
            assertEquals(tmr.stats().dffs(), back.stats().dffs(), name);
            assertEquals(tmr.stats().gates(), back.stats().gates(), name + ": every replica and voter gate");
            TmrCheck check = TmrCheck.of(back);
            assertEquals(TmrCheck.Verdict.INTACT, check.verdict(), name + ": " + check.describe());
            assertTrue(Equivalence.verify(original, back, new Equivalence.Settings(2000, 30, 9)).equivalent(), name);
        }
    }

    @Test
    void primitivesAndBitwiseAssignsComputeTheirTruthTables() {
        String text = "// hand-written\n"
                + "module m(a, b, c, y);\n"
                + "  input a, b; input c;\n"
                + "  output [7:0] y;\n"
                + "  wire t;\n"
                + "  nand g1 (y[0], a, b, c);\n"
                + "  xnor (y[1], a, b);\n"
                + "  not n1 (t, y[7], a);\n"
                + "  buf (y[2], t);\n"
                + "  assign y[3] = (a | ~b) & c ^ 1'b1, y[4] = c ? a : ~b;\n"
                + "  assign y[5] = ~|{a, b} || &{a, c};\n"
                + "  assign y[6] = a ~^ (b & 4'b0101);\n"
                + "endmodule\n";
        Netlist n = READER.parse("m.v", text);
        assertEquals(List.of("a", "b", "c"), n.inputNames());
        for (int v = 0; v < 8; v++) {
            boolean a = (v & 1) != 0;
            boolean b = (v & 2) != 0;
            boolean c = (v & 4) != 0;
            boolean[] expected = {!(a && b && c), a == b, !a, ((a || !b) && c) ^ true, c ? a : !b, !(a || b) || a && c, a == b, !a};
            boolean[] got = evaluate(n, v);
            for (int k = 0; k < 8; k++) {
                assertEquals(expected[k], got[k], "y[" + k + "] at a=" + a + " b=" + b + " c=" + c);
            }
        }
    }

    private static boolean[] evaluate(Netlist n, long inputs) {
        boolean[] value = new boolean[n.netCount()];
        for (int i = 0; i < n.inputCount(); i++) {
            value[n.input(i)] = (inputs >>> i & 1) == 1;
        }
        for (int g : n.topologicalOrder()) {
            Gate gate = n.gate(g);
            boolean[] in = new boolean[gate.arity()];
            for (int p = 0; p < in.length; p++) {
                in[p] = value[gate.input(p)];
            }
            value[gate.output()] = gate.type().apply(in);
        }
        boolean[] out = new boolean[n.outputCount()];
        for (int o = 0; o < out.length; o++) {
            out[o] = value[n.output(o)];
        }
        return out;
    }

    @Test
    void flipFlopBlocksWithEnableResetAndInitialValues() {
        String text = "module f(input clk, input en, input r, input [1:0] d, output reg [1:0] q = 2'b10, output reg p);\n"
                + "  always @(posedge clk) begin\n"
                + "    if (r) q <= 2'b00; else if (en) q <= d;\n"
                + "    p <= ^q;\n"
                + "  end\n"
                + "endmodule\n";
        Netlist n = READER.parse("f.v", text);
        assertEquals(List.of("en", "r", "d[0]", "d[1]"), n.inputNames());
        assertEquals(List.of("q[0]", "q[1]", "p"), n.outputNames());
        assertEquals(3, n.stats().dffs());
        // the same flip-flops written as .bench by hand: q1 starts at 1 (stored complemented)
        Netlist reference = new BenchReader().parse("r.bench", "INPUT(en)\nINPUT(r)\nINPUT(d[0])\nINPUT(d[1])\n"
                + "OUTPUT(q[0])\nOUTPUT(q[1])\nOUTPUT(p)\nd0 = BUF(d[0])\nd1 = BUF(d[1])\nq[0] = BUF(q0)\nq[1] = BUF(q1)\n"
                + "nr = NOT(r)\nne = NOT(en)\n"
                + "h0 = AND(ne, q0)\nl0 = AND(en, d0)\nm0 = OR(h0, l0)\nn0 = AND(nr, m0)\nq0 = DFF(n0)\n"
                + "h1 = AND(ne, q1)\nl1 = AND(en, d1)\nm1 = OR(h1, l1)\nn1 = AND(nr, m1)\nnn1 = NOT(n1)\ns1 = DFF(nn1)\nq1 = NOT(s1)\n"
                + "x = XOR(q0, q1)\np = DFF(x)\n");
        assertTrue(Equivalence.verify(reference, n, new Equivalence.Settings(2000, 30, 4)).equivalent());
    }

    @Test
    void errorsNameFileLineAndColumn() {
        ParseException undeclared = assertThrows(ParseException.class,
                () -> READER.parse("e.v", "module e(input a, output y);\n  assign y = a & b;\nendmodule\n"));
        assertEquals("e.v:2:18: 'b' is not declared in this module", undeclared.getMessage());
        ParseException twice = assertThrows(ParseException.class,
                () -> READER.parse("e.v", "module e(input a, output y);\n  assign y = a;\n  not (y, a);\nendmodule\n"));
        assertEquals("e.v:3:8: 'y' is driven twice (also at line 2)", twice.getMessage());
        ParseException missing = assertThrows(ParseException.class,
                () -> READER.parse("e.v", "module e(input a, output y);\n  assign y = a\nendmodule\n"));
        assertEquals("e.v:3:1: expected ';' after the assign, found 'endmodule'", missing.getMessage());
        ParseException clockRead = assertThrows(ParseException.class, () -> READER.parse("e.v",
                "module e(input clk, input d, output reg q, output y);\n  always @(posedge clk) q <= d;\n  assign y = clk;\nendmodule\n"));
        assertEquals("e.v:3:14: the clock 'clk' is also read by logic; tmrkit models one implicit clock that the logic"
                + " cannot see", clockRead.getMessage());
        ParseException rtl = assertThrows(NotStructural.class,
                () -> READER.parse("e.v", "module e(input [3:0] a, output [3:0] y);\n  assign y = a + 4'd1;\nendmodule\n"));
        assertTrue(rtl.getMessage().startsWith("e.v:2:16: the operator '+' is behavioural Verilog"), rtl.getMessage());
        assertThrows(NotStructural.class, () -> READER.parse("e.v", "module e(input a, output reg y);\n"
                + "  always @(*) y = a;\nendmodule\n"));
    }

    @Test
    void copiesOfTheClockThatNothingReadsAreDroppedAndLogicReadingOneIsRefused() {
        // Yosys's write_verilog after flatten keeps a flattened instance's clock port as "assign \$tmr$A.clk = clk;"
        String plain = "module c(input clk, input d, output reg q);\n  always @(posedge clk) q <= d;\nendmodule\n";
        String copied = "module c(input clk, input d, output reg q);\n  wire \\$tmr$A.clk ;\n  wire k2;\n"
                + "  assign \\$tmr$A.clk  = clk;\n  assign k2 = \\$tmr$A.clk ;\n  always @(posedge clk) q <= d;\nendmodule\n";
        Netlist expected = READER.parse("c.v", plain);
        Netlist got = READER.parse("c.v", copied);
        assertEquals(expected.inputNames(), got.inputNames());
        assertEquals(expected.outputNames(), got.outputNames());
        assertEquals(expected.gateCount(), got.gateCount(), "no gate for a clock copy");
        assertTrue(Equivalence.verify(expected, got, new Equivalence.Settings(256, 8, 1)).equivalent());
        ParseException read = assertThrows(ParseException.class, () -> READER.parse("e.v",
                "module e(input clk, input d, output reg q, output y);\n  wire k;\n  assign k = clk;\n"
                        + "  always @(posedge clk) q <= d;\n  assign y = k & d;\nendmodule\n"));
        assertEquals("e.v:5:14: the clock 'clk' is also read by logic (through its copy 'k'); tmrkit models one implicit clock"
                + " that the logic cannot see", read.getMessage());
    }

    @Test
    void theClockCanBeNamedAndIsCheckedAgainstTheFlipFlops() {
        String text = "module c(input ck, input d, output reg q);\n  always @(negedge ck) q <= d;\nendmodule\n";
        assertEquals(List.of("d"), READER.withClock("ck").parse("c.v", text).inputNames());
        ParseException wrong = assertThrows(ParseException.class, () -> READER.withClock("d").parse("c.v", text));
        assertEquals("c.v:2:20: --clock d: 'd' does not feed the flip-flops' clock; they are clocked by 'ck'", wrong.getMessage());
    }

    @Test
    void yosysWrittenVerilogOfASynthesisedCounterReadsLikeItsJson() throws IOException {
        ExternalTool.requireWorking(ExternalTool.YOSYS);
        Files.writeString(dir.resolve("cnt.v"), "module cnt(input clk, input en, input rst, output [3:0] q, output hit);\n"
                + "  reg [3:0] r = 0;\n"
                + "  always @(posedge clk or posedge rst) if (rst) r <= 0; else if (en) r <= r + 1;\n"
                + "  assign q = r;\n  assign hit = (r == 4'd9);\nendmodule\n");
        ExternalTool.yosys(dir, "read_verilog cnt.v; synth -flatten -top cnt; write_verilog -noattr syn.v; write_json syn.json");
        Netlist fromVerilog = NetlistFiles.read(dir.resolve("syn.v"));
        Netlist fromJson = new YosysJsonReader().read(dir.resolve("syn.json"));
        assertEquals(fromJson.inputNames(), fromVerilog.inputNames());
        assertEquals(fromJson.outputNames(), fromVerilog.outputNames());
        assertEquals(4, fromVerilog.stats().dffs());
        assertTrue(Equivalence.verify(fromJson, fromVerilog, new Equivalence.Settings(4000, 40, 2)).equivalent());
    }

    @Test
    void theTopModuleIsTheUninstantiatedOneOrTheNamedOne() {
        String text = "module inv(input a, output y); not (y, a); endmodule\n"
                + "module top(input x, output z); wire w; inv u1(.a(x), .y(w)); inv u2(w, z); endmodule\n";
        Netlist n = READER.parse("t.v", text);
        assertEquals("top", n.name());
        assertEquals(2, n.stats().gateTypes().get(GateType.NOT));
        assertEquals("inv", READER.withTop("inv").parse("t.v", text).name());
        ParseException two = assertThrows(ParseException.class,
                () -> READER.parse("t.v", text + "module other(input a, output y); buf (y, a); endmodule\n"));
        assertTrue(two.getMessage().contains("modules top, other are all uninstantiated"), two.getMessage());
    }

    @Test
    void hostileTextsFailAtTheirPositionInsteadOfExhaustingTheMachine() {
        ParseException deep = assertThrows(ParseException.class, () -> READER.parse("d.v",
                "module d(input a, output y);\n  assign y = " + "(".repeat(100_000) + "a;\nendmodule\n"));
        assertTrue(deep.getMessage().startsWith("d.v:2:") && deep.getMessage().contains("nested more than 100 deep"),
                deep.getMessage());
        ParseException nul = assertThrows(ParseException.class, () -> READER.parse("n.v", "module n;\n  \u0000\u0000"));
        assertEquals("n.v:2:3: unexpected character U+0000; expected a Verilog text (is this a binary file, or not UTF-8?)",
                nul.getMessage());
        ParseException wide = assertThrows(ParseException.class, () -> READER.parse("w.v",
                "module w(input [999999999:0] a, output y);\nendmodule\n"));
        assertTrue(wide.getMessage().startsWith("w.v:1:28: a wire of 1000000000 bits"), wide.getMessage());
        StringBuilder doubling = new StringBuilder("module m0(input [1023:0] a, output y); assign y = a[0]; endmodule\n");
        for (int k = 1; k <= 16; k++) {
            doubling.append("module m").append(k).append("(input [1023:0] a, output y); wire p, q; m").append(k - 1)
                    .append(" u(a, p); m").append(k - 1).append(" v(a, q); assign y = p ^ q; endmodule\n");
        }
        ParseException big = assertThrows(ParseException.class, () -> READER.parse("b.v", doubling.toString()));
        assertTrue(big.getMessage().contains("more than 2097152 wire bits"), big.getMessage());
    }
}
